-- indicator-issues.sql · The errors of indicator_checked (indicator-rows.sql), one row each, in
-- the order `parseIndicators` reports them: by line, and within a line in the order of its checks.
--
-- Out: severity ('error'), line, position, column_name, code, raw (the cell as written), and for
--      duplicate_indicator the earlier line and the key (municipality, period, indicator).
SELECT 'error' AS severity, line, 1 AS position, 'municipality' AS column_name, municipality_error AS code,
       CAST(municipality_raw AS VARCHAR) AS raw, CAST(NULL AS BIGINT) AS earlier_line, CAST(NULL AS VARCHAR) AS municipality,
       CAST(NULL AS VARCHAR) AS period, CAST(NULL AS VARCHAR) AS indicator
FROM indicator_checked WHERE municipality_error IS NOT NULL
UNION ALL
SELECT 'error', line, 2, 'period', period_error, CAST(period_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM indicator_checked WHERE period_error IS NOT NULL
UNION ALL
SELECT 'error', line, 3, 'indicator', indicator_error, CAST(indicator_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM indicator_checked WHERE indicator_error IS NOT NULL
UNION ALL
SELECT 'error', line, 4, 'value', value_error, CAST(value_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM indicator_checked WHERE value_error IS NOT NULL
UNION ALL
SELECT 'error', line, 5, 'label', label_error, CAST(label_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM indicator_checked WHERE label_error IS NOT NULL
UNION ALL
SELECT 'error', line, 6, 'indicator', unknown_error, CAST(indicator_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM indicator_checked WHERE unknown_error IS NOT NULL
UNION ALL
SELECT 'error', line, 7, 'indicator', duplicate_error, CAST(indicator_raw AS VARCHAR), earlier_line, municipality, period, indicator
FROM indicator_checked WHERE duplicate_error IS NOT NULL
