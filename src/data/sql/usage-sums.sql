-- usage-sums.sql · Usage, step 3: the sums of hours of every cell.
--
-- In:  usage_rows (see usage-counts.sql).
-- Out: per cell that has rows: hours_used, hours_available and lt_extra_hours, each the sum of
--      the cell's values (NULL when no row has one). The mean hours used is hours_used ÷
--      hours_used_count (usage-counts.sql); it is formed when the bundle is written.
--
-- The sums add the rows in input order (`ORDER BY line`), exactly as the in-memory engine does,
-- so that every engine gives the same double to the last bit: floating-point addition depends on
-- its order, and a different last bit can round a published value (2 decimals) the other way.
SELECT
  municipality,
  period,
  product,
  sum(hours_used ORDER BY line) AS hours_used,
  sum(hours_available ORDER BY line) AS hours_available,
  sum(lt_extra_hours ORDER BY line) AS lt_extra_hours
FROM usage_rows
GROUP BY municipality, period, product
