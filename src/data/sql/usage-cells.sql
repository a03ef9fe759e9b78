-- usage-cells.sql · Usage, step 2: the counts of every cell (municipality × period × product),
-- in one pass over the rows. (The period is year × 10 + quarter, see usage-rows.sql.)
--
-- In:  usage_rows — the rows of usage_checked (usage-rows.sql) without errors.
-- Out: per cell that has rows (the engine fills the rest of the grid with zeros):
--
--   counts                  indications: the number of rows;
--                           hours_used_count: rows with hours used (the mean's denominator:
--                           mean = hours_used ÷ hours_used_count);
--                           over_cap: rows that used more hours than they had;
--                           over_cap_not_last_bin: rows where "over the cap" and "in the last bin
--                           (> 25 hours)" disagree (0 means the over-cap count can be read off the
--                           hours distribution, which disclosure control needs to know);
--   routes                  the rows per route (rows without a route count in none);
--   hours distribution      the rows with hours used in each bin: 0–5 (0 included), 5–10, 10–15,
--                           15–20, 20–25 (upper edges included) and more than 25, the bins of
--                           HOURS_BIN_EDGES (src/data/hours-distribution.ts); the bundle
--                           publishes them per year, adding up the quarters;
--   sums                    the plain sums of the hours, and `exact`: whether they are exact in any
--                           order (see usage-sums.sql, which uses them or adds up in input order).
-- Families (distinct case ids) are counted in usage-families.sql.
SELECT
  municipality,
  period,
  product,
  -- counts
  count(*) AS indications,
  count(hours_used) AS hours_used_count,
  count(*) FILTER (WHERE hours_used > hours_available) AS over_cap,
  count(*) FILTER (
    WHERE hours_used IS NOT NULL
      AND (hours_used > hours_available AND hours_used <= 25
        OR (hours_available IS NULL OR hours_used <= hours_available) AND hours_used > 25)
  ) AS over_cap_not_last_bin,
  -- routes
  count(*) FILTER (WHERE route = 'ots_prevented') AS ots_prevented,
  count(*) FILTER (WHERE route = 'ots_ended_early') AS ots_ended_early,
  count(*) FILTER (WHERE route = 'ots_required') AS ots_required,
  count(*) FILTER (WHERE route = 'ots_collaboration') AS ots_collaboration,
  -- hours distribution
  count(*) FILTER (WHERE hours_used <= 5) AS bin_0_5,
  count(*) FILTER (WHERE hours_used > 5 AND hours_used <= 10) AS bin_5_10,
  count(*) FILTER (WHERE hours_used > 10 AND hours_used <= 15) AS bin_10_15,
  count(*) FILTER (WHERE hours_used > 15 AND hours_used <= 20) AS bin_15_20,
  count(*) FILTER (WHERE hours_used > 20 AND hours_used <= 25) AS bin_20_25,
  count(*) FILTER (WHERE hours_used > 25) AS bin_over_25,
  -- sums, exact when every value is a multiple of 1/1024 and Σ |value| < 2^43 (usage-sums.sql)
  sum(hours_used) AS hours_used,
  sum(hours_available) AS hours_available,
  sum(lt_extra_hours) AS lt_extra_hours,
  bool_and(
    (hours_used IS NULL OR hours_used * 1024 = floor(hours_used * 1024))
    AND (hours_available IS NULL OR hours_available * 1024 = floor(hours_available * 1024))
    AND (lt_extra_hours IS NULL OR lt_extra_hours * 1024 = floor(lt_extra_hours * 1024))
  ) AND coalesce(sum(abs(hours_used)), 0) < 8e12 AND coalesce(sum(abs(hours_available)), 0) < 8e12
    AND coalesce(sum(abs(lt_extra_hours)), 0) < 8e12 AS exact
FROM usage_rows
GROUP BY municipality, period, product
