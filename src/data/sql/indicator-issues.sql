-- indicator-issues.sql · The errors of indicator_checked (indicator-rows.sql), one row each, in
-- the order `parseIndicators` reports them: by line, and within a line in the order of its checks.
--
-- Out: severity ('error'), line, position, column_name, code, raw (the cell as written), and for
--      duplicate_indicator the earlier line and the key (municipality, period, indicator).
--
-- One pass over the rows: each row's checks as (position, column, code, …) values, the checks
-- that found nothing left out.
SELECT 'error' AS severity, line, cell.position, cell.column_name, cell.code, cell.raw, cell.earlier_line,
       cell.municipality, cell.period, cell.indicator
FROM indicator_checked
CROSS JOIN LATERAL (VALUES
  (1, 'municipality', municipality_error, CAST(municipality_raw AS VARCHAR), CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
  (2, 'period', period_error, CAST(period_raw AS VARCHAR), NULL, NULL, NULL, NULL),
  (3, 'indicator', indicator_error, CAST(indicator_raw AS VARCHAR), NULL, NULL, NULL, NULL),
  (4, 'value', value_error, CAST(value_raw AS VARCHAR), NULL, NULL, NULL, NULL),
  (5, 'label', label_error, CAST(label_raw AS VARCHAR), NULL, NULL, NULL, NULL),
  (6, 'indicator', unknown_error, CAST(indicator_raw AS VARCHAR), NULL, NULL, NULL, NULL),
  (7, 'indicator', duplicate_error, CAST(indicator_raw AS VARCHAR), earlier_line, municipality, period, indicator)
) AS cell (position, column_name, code, raw, earlier_line, municipality, period, indicator)
WHERE cell.code IS NOT NULL
