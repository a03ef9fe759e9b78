-- usage-medians.sql · Usage, step 4: the median hours used of every cell.
--
-- In:  usage_rows (see usage-cells.sql).
-- Out: per cell with hours used: median_hours_used, the middle value of the sorted hours, or the
--      mean of the two middle values when their number is even.
--
-- The positions are numbered 1 … n in order of hours; the middle ones are those with 2 × position
-- equal to n, n + 1 or n + 2 (one position when n is odd, two when even). (min + max) / 2 of them
-- is then the middle value itself or the mean of the two, computed as the in-memory engine does.
SELECT
  municipality,
  period,
  product,
  CASE WHEN count(*) = 1 THEN min(hours_used) ELSE (min(hours_used) + max(hours_used)) / 2 END AS median_hours_used
FROM (
  SELECT
    municipality,
    period,
    product,
    hours_used,
    row_number() OVER (PARTITION BY municipality, period, product ORDER BY hours_used) AS position,
    count(*) OVER (PARTITION BY municipality, period, product) AS n
  FROM usage_rows
  WHERE hours_used IS NOT NULL
) AS ranked
WHERE 2 * position IN (n, n + 1, n + 2)
GROUP BY municipality, period, product
