-- usage-sums.sql · Usage, step 4: the sums of hours of every cell.
--
-- In:  usage_rows (see usage-cells.sql); usage_cells (usage-cells.sql).
-- Out: per cell that has rows: hours_used, hours_available and lt_extra_hours, each the sum of
--      the cell's values (NULL when no row has one). The mean hours used is hours_used ÷
--      hours_used_count (usage-cells.sql); it is formed when the bundle is written.
--
-- Floating-point addition depends on its order, and a different last bit can round a published
-- value (2 decimals) the other way. So the sums must equal, to the last bit, what the in-memory
-- engine gets by adding the rows in input order:
-- - a cell whose values are all multiples of 1/1024 (whole, half and quarter hours …) and small
--   enough (Σ |value| < 2^43) adds up exactly in any order: its plain sums (usage-cells.sql) are
--   that result;
-- - any other cell adds its rows in input order (`sum(… ORDER BY line)`), which costs a sort.
SELECT municipality, period, product, hours_used, hours_available, lt_extra_hours
FROM usage_cells
WHERE exact
UNION ALL
SELECT
  r.municipality,
  r.period,
  r.product,
  sum(r.hours_used ORDER BY r.line) AS hours_used,
  sum(r.hours_available ORDER BY r.line) AS hours_available,
  sum(r.lt_extra_hours ORDER BY r.line) AS lt_extra_hours
FROM usage_rows AS r
JOIN usage_cells AS c ON c.municipality = r.municipality AND c.period = r.period AND c.product = r.product
WHERE NOT c.exact
GROUP BY r.municipality, r.period, r.product
