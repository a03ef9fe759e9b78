-- usage-families.sql · Usage, step 4: families and repeat indications of every cell.
--
-- In:  usage_rows (see usage-counts.sql).
-- Out: per cell that has rows: families, the number of distinct case ids (NULL when no row has
--      a case id). Repeat indications are indications − families. A case id in two
--      municipalities counts as two families, so the region's families are the sum of the
--      municipalities' (usage-region.sql).
SELECT
  municipality,
  period,
  product,
  CASE WHEN count(case_id) = 0 THEN NULL ELSE count(DISTINCT case_id) END AS families
FROM usage_rows
GROUP BY municipality, period, product
