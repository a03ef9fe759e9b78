-- usage-medians.sql · Usage, step 5: the median hours used of every cell.
--
-- In:  usage_rows (see usage-cells.sql).
-- Out: per cell with hours used: median_hours_used, the middle value of the sorted hours, or the
--      mean of the two middle values when their number is even (as the in-memory engine computes
--      it: (a + b) / 2).
--
-- Rather than sort every row, the rows are first counted per distinct value (hours are mostly
-- whole, half or quarter hours, so a cell has few distinct values). With the running count
-- `upto` of values up to and including h, among `total` values:
--   the lower middle value is the smallest h with 2 × upto ≥ total,
--   the upper middle value is the smallest h with 2 × upto > total;
-- they are the same value when total is odd.
WITH counted AS (
  SELECT municipality, period, product, hours_used AS h, count(*) AS n
  FROM usage_rows
  WHERE hours_used IS NOT NULL
  GROUP BY municipality, period, product, hours_used
),
running AS (
  SELECT
    municipality,
    period,
    product,
    h,
    sum(n) OVER (PARTITION BY municipality, period, product ORDER BY h ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
    sum(n) OVER (PARTITION BY municipality, period, product) AS total
  FROM counted
)
SELECT
  municipality,
  period,
  product,
  (min(h) FILTER (WHERE 2 * upto >= total) + min(h) FILTER (WHERE 2 * upto > total)) / 2 AS median_hours_used
FROM running
GROUP BY municipality, period, product
