-- usage-region.sql · Usage, step 6: the region rows (all municipalities together) of every
-- period and product.
--
-- In:  usage_cells (usage-cells.sql), usage_families (usage-families.sql) and usage_sums
--      (usage-sums.sql), the cells; usage_rows (see
--      usage-cells.sql), for the median; municipality_order(municipality, position), the
--      municipalities in Dutch alphabetical order (the engine sorts them).
-- Out: per period and product that has rows: the same figures as a cell. Counts, routes, bins
--      and families are the sums of the municipalities' (a case id counts once per
--      municipality); the hours add the municipalities' sums in Dutch alphabetical order, as the
--      in-memory engine does, so that they agree to the last bit; the median is the median of
--      all the rows' hours (not a median of medians). Nothing here comes from rounded or
--      suppressed numbers.
WITH counts AS (
  SELECT
    period,
    product,
    sum(indications) AS indications,
    sum(hours_used_count) AS hours_used_count,
    sum(over_cap) AS over_cap,
    sum(over_cap_not_last_bin) AS over_cap_not_last_bin,
    sum(ots_prevented) AS ots_prevented,
    sum(ots_ended_early) AS ots_ended_early,
    sum(ots_required) AS ots_required,
    sum(ots_collaboration) AS ots_collaboration,
    sum(bin_0_5) AS bin_0_5,
    sum(bin_5_10) AS bin_5_10,
    sum(bin_10_15) AS bin_10_15,
    sum(bin_15_20) AS bin_15_20,
    sum(bin_20_25) AS bin_20_25,
    sum(bin_over_25) AS bin_over_25
  FROM usage_cells
  GROUP BY period, product
),
families AS (
  SELECT period, product, sum(families) AS families
  FROM usage_families
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
medians AS (
  -- The median of all hours of a period and product, counted per distinct value as in
  -- usage-medians.sql.
  SELECT
    period,
    product,
    (min(h) FILTER (WHERE 2 * upto >= total) + min(h) FILTER (WHERE 2 * upto > total)) / 2 AS median_hours_used
  FROM (
    SELECT
      period,
      product,
      h,
      sum(n) OVER (PARTITION BY period, product ORDER BY h ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
      sum(n) OVER (PARTITION BY period, product) AS total
    FROM (
      SELECT period, product, hours_used AS h, count(*) AS n
      FROM usage_rows
      WHERE hours_used IS NOT NULL
      GROUP BY period, product, hours_used
    ) AS counted
  ) AS running
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
LEFT JOIN families ON families.period = counts.period AND families.product = counts.product
JOIN sums ON sums.period = counts.period AND sums.product = counts.product
LEFT JOIN medians ON medians.period = counts.period AND medians.product = counts.product
