-- usage-counts.sql · Usage, step 2: the counts of every cell (municipality × period × product).
--
-- In:  usage_rows — the rows of usage_checked (usage-rows.sql) without errors.
-- Out: per cell that has rows:
--   indications         the number of rows;
--   hours_used_count    rows with hours used (the mean's denominator: mean = hours_used ÷ this);
--   over_cap            rows that used more hours than they had;
--   over_cap_not_last_bin  rows where "over the cap" and "in the last bin (> 25 hours)" disagree
--                       (0 means the over-cap count can be read off the hours distribution,
--                       which disclosure control needs to know).
-- Cells without rows are not here: the engine fills the grid with zeros.
SELECT
  municipality,
  period,
  product,
  count(*) AS indications,
  count(hours_used) AS hours_used_count,
  count(*) FILTER (WHERE hours_used > hours_available) AS over_cap,
  count(*) FILTER (
    WHERE hours_used IS NOT NULL
      AND (hours_used > hours_available AND hours_used <= 25
        OR (hours_available IS NULL OR hours_used <= hours_available) AND hours_used > 25)
  ) AS over_cap_not_last_bin
FROM usage_rows
GROUP BY municipality, period, product
