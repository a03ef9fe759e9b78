-- The value of a number in plain form (number.sql) as a double, correctly rounded as
-- JavaScript's Number() rounds it (so are DuckDB's and PostgreSQL's casts), and never -0.
-- Numbers of up to 300 characters without an exponent are cast directly. One difference, far
-- beyond any real hours or counts: a number whose first digit stands at 10^300 or above is NULL
-- (an invalid number; JavaScript would make some of them Infinity), and one at 10^-300 or below
-- is 0 (PostgreSQL refuses to cast it; JavaScript makes it 0 or a denormal).
--   {plain} the plain number, or NULL; {scale} its number-scale.sql where that is needed
CASE
  WHEN {plain} IS NULL THEN NULL
  WHEN length({plain}) <= 300 AND strpos({plain}, 'e') = 0 AND strpos({plain}, 'E') = 0
    THEN CAST({plain} AS DOUBLE PRECISION) + 0.0
  WHEN {scale} IS NULL OR {scale} <= -300 THEN CAST(0 AS DOUBLE PRECISION)
  WHEN {scale} >= 300 THEN NULL
  ELSE CAST({plain} AS DOUBLE PRECISION) + 0.0
END
