-- usage-families.sql · Usage, step 3: families and repeat indications of every cell.
--
-- In:  usage_rows (see usage-cells.sql).
-- Out: per cell with at least one case id: families, the number of distinct case ids. Repeat
--      indications are indications − families (usage-cells.sql); cells without case ids have no
--      families (NULL). A case id in two municipalities counts as two families, so the region's
--      families are the sum of the municipalities' (usage-region.sql).
--
-- The distinct pairs of cell and case id first, then their number per cell: two plain GROUP BYs,
-- which databases run faster than count(DISTINCT …) next to other aggregates.
SELECT municipality, period, product, count(*) AS families
FROM (
  SELECT municipality, period, product, case_id
  FROM usage_rows
  WHERE case_id IS NOT NULL
  GROUP BY municipality, period, product, case_id
) AS pairs
GROUP BY municipality, period, product
