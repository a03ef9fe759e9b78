-- The number of days in a month of a year (Gregorian leap years); 0 for a month outside 1-12.
--   {month} {year} integers
CASE
  WHEN {month} IN (1, 3, 5, 7, 8, 10, 12) THEN 31
  WHEN {month} IN (4, 6, 9, 11) THEN 30
  WHEN {month} = 2 THEN
    CASE WHEN ({year} % 4 = 0 AND {year} % 100 <> 0) OR {year} % 400 = 0 THEN 29 ELSE 28 END
  ELSE 0
END
