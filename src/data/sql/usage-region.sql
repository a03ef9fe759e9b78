-- usage-region.sql · Usage, step 8: the region rows (all municipalities together) of every
-- period and product.
--
-- In:  usage_rows (see usage-counts.sql); usage_sums (usage-sums.sql) and usage_families
--      (usage-families.sql), the cells' sums and families; municipality_order(municipality,
--      position), the municipalities in Dutch alphabetical order (the engine sorts them).
-- Out: per period and product that has rows: the same figures as a cell. Counts and medians come
--      from the raw rows (the region median is the median of all hours, not a median of medians);
--      families are the sum of the municipalities' families (a case id counts once per
--      municipality); the sums add the municipalities' sums in Dutch alphabetical order, as the
--      in-memory engine does, so that they agree to the last bit. Nothing here comes from
--      rounded or suppressed numbers.
WITH counts AS (
  SELECT
    period,
    product,
    count(*) AS indications,
    count(hours_used) AS hours_used_count,
    count(*) FILTER (WHERE hours_used > hours_available) AS over_cap,
    count(*) FILTER (
      WHERE hours_used IS NOT NULL
        AND (hours_used > hours_available AND hours_used <= 25
          OR (hours_available IS NULL OR hours_used <= hours_available) AND hours_used > 25)
    ) AS over_cap_not_last_bin,
    count(*) FILTER (WHERE route = 'ots_prevented') AS ots_prevented,
    count(*) FILTER (WHERE route = 'ots_ended_early') AS ots_ended_early,
    count(*) FILTER (WHERE route = 'ots_required') AS ots_required,
    count(*) FILTER (WHERE route = 'ots_collaboration') AS ots_collaboration,
    count(*) FILTER (WHERE hours_used <= 5) AS bin_0_5,
    count(*) FILTER (WHERE hours_used > 5 AND hours_used <= 10) AS bin_5_10,
    count(*) FILTER (WHERE hours_used > 10 AND hours_used <= 15) AS bin_10_15,
    count(*) FILTER (WHERE hours_used > 15 AND hours_used <= 20) AS bin_15_20,
    count(*) FILTER (WHERE hours_used > 20 AND hours_used <= 25) AS bin_20_25,
    count(*) FILTER (WHERE hours_used > 25) AS bin_over_25
  FROM usage_rows
  GROUP BY period, product
),
sums AS (
  SELECT
    s.period,
    s.product,
    sum(s.hours_used ORDER BY o.position) AS hours_used,
    sum(s.hours_available ORDER BY o.position) AS hours_available,
    sum(s.lt_extra_hours ORDER BY o.position) AS lt_extra_hours
  FROM usage_sums AS s
  JOIN municipality_order AS o ON o.municipality = s.municipality
  GROUP BY s.period, s.product
),
families AS (
  SELECT period, product, sum(families) AS families
  FROM usage_families
  GROUP BY period, product
),
medians AS (
  SELECT
    period,
    product,
    CASE WHEN count(*) = 1 THEN min(hours_used) ELSE (min(hours_used) + max(hours_used)) / 2 END AS median_hours_used
  FROM (
    SELECT
      period,
      product,
      hours_used,
      row_number() OVER (PARTITION BY period, product ORDER BY hours_used) AS position,
      count(*) OVER (PARTITION BY period, product) AS n
    FROM usage_rows
    WHERE hours_used IS NOT NULL
  ) AS ranked
  WHERE 2 * position IN (n, n + 1, n + 2)
  GROUP BY period, product
)
SELECT
  counts.*,
  families.families,
  sums.hours_used,
  sums.hours_available,
  sums.lt_extra_hours,
  medians.median_hours_used
FROM counts
JOIN families ON families.period = counts.period AND families.product = counts.product
JOIN sums ON sums.period = counts.period AND sums.product = counts.product
LEFT JOIN medians ON medians.period = counts.period AND medians.product = counts.product
