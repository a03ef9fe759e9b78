-- usage-hours-bins.sql · Usage, step 6: the distribution of hours used in every cell.
--
-- In:  usage_rows (see usage-counts.sql).
-- Out: per cell that has rows: the number of rows with hours used in each bin: 0–5 (0 included),
--      5–10, 10–15, 15–20, 20–25 (upper edges included), and more than 25. These are the bins of
--      HOURS_BIN_EDGES (src/data/hours-distribution.ts). The bundle publishes them per year; the
--      engine adds up the quarters.
SELECT
  municipality,
  period,
  product,
  count(*) FILTER (WHERE hours_used <= 5) AS bin_0_5,
  count(*) FILTER (WHERE hours_used > 5 AND hours_used <= 10) AS bin_5_10,
  count(*) FILTER (WHERE hours_used > 10 AND hours_used <= 15) AS bin_10_15,
  count(*) FILTER (WHERE hours_used > 15 AND hours_used <= 20) AS bin_15_20,
  count(*) FILTER (WHERE hours_used > 20 AND hours_used <= 25) AS bin_20_25,
  count(*) FILTER (WHERE hours_used > 25) AS bin_over_25
FROM usage_rows
GROUP BY municipality, period, product
