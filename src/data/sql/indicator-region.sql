-- indicator-region.sql · Indicators, step 3: the region value of every indicator and period.
--
-- In:  indicator_rows (see indicator-cells.sql); indicator_catalog(indicator, rule, weight,
--      weight_position), the rule of every standard indicator and, for a weighted one, its named
--      weights; municipality_order(municipality, position), Dutch alphabetical order.
-- Out: per period and indicator with at least one value: value, label and flag.
--   rule 'sum' (counts)   the sum over the municipalities that report it; flag 'partial' when a
--                         municipality of the indicator data has no value for it.
--   rule 'weighted'       Σ value × weight ÷ Σ weight, where a municipality's weight is the sum of
--                         the named count indicators of the same municipality and period; NULL
--                         with flag 'missing_weight' when any reporting municipality lacks one of
--                         them (never an unweighted mean), NULL with 'zero_weight' when Σ weight
--                         is 0, else flag 'partial' as for sums.
--   not in the catalog    NULL, flag 'no_rule' (a custom indicator is never added up).
--   label                 the first label among the reporting municipalities, in Dutch order.
-- Years (2024) and quarters (2024-Q1) are separate periods and never added together. Sums add the
-- municipalities in Dutch alphabetical order, as the in-memory engine does, so that the doubles
-- agree to the last bit.
WITH reporting AS (
  SELECT r.municipality, r.period, r.indicator, r.value, r.label, o.position
  FROM indicator_rows AS r
  JOIN municipality_order AS o ON o.municipality = r.municipality
),
rules AS (
  SELECT DISTINCT indicator, rule FROM indicator_catalog
),
weights AS (
  -- Per reporting municipality of a weighted indicator: its weight, or NULL when one is missing.
  SELECT
    m.municipality,
    m.period,
    m.indicator,
    CASE WHEN count(w.value) < count(*) THEN NULL ELSE sum(w.value ORDER BY c.weight_position) END AS weight
  FROM reporting AS m
  JOIN indicator_catalog AS c ON c.indicator = m.indicator AND c.rule = 'weighted'
  LEFT JOIN indicator_rows AS w
    ON w.municipality = m.municipality AND w.period = m.period AND w.indicator = c.weight
  GROUP BY m.municipality, m.period, m.indicator
),
totals AS (
  SELECT
    r.period,
    r.indicator,
    rules.rule,
    count(*) AS reporting,
    (array_agg(r.label ORDER BY r.position) FILTER (WHERE r.label IS NOT NULL))[1] AS label,
    sum(r.value ORDER BY r.position) AS value_sum,
    count(*) FILTER (WHERE w.weight IS NULL) AS missing_weights,
    sum(w.weight ORDER BY r.position) AS weight_total,
    sum(r.value * w.weight ORDER BY r.position) AS weighted_sum
  FROM reporting AS r
  LEFT JOIN rules ON rules.indicator = r.indicator
  LEFT JOIN weights AS w
    ON w.municipality = r.municipality AND w.period = r.period AND w.indicator = r.indicator
  GROUP BY r.period, r.indicator, rules.rule
),
everyone AS (
  SELECT count(DISTINCT municipality) AS municipalities FROM indicator_rows
)
SELECT
  period,
  indicator,
  CASE
    WHEN rule = 'sum' THEN value_sum
    WHEN rule = 'weighted' AND missing_weights = 0 AND weight_total <> 0 THEN weighted_sum / weight_total
  END AS value,
  label,
  CASE
    WHEN rule IS NULL THEN 'no_rule'
    WHEN rule = 'weighted' AND missing_weights > 0 THEN 'missing_weight'
    WHEN rule = 'weighted' AND weight_total = 0 THEN 'zero_weight'
    WHEN reporting < everyone.municipalities THEN 'partial'
  END AS flag
FROM totals
CROSS JOIN everyone
