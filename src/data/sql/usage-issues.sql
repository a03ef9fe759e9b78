-- usage-issues.sql · The errors of usage_checked (usage-rows.sql), one row each, in the order
-- `parseUsage` reports them: by line, and within a line by column. The engine turns them into
-- messages (src/i18n/data-messages.ts) with the line (CSV) or row number.
--
-- Out: severity ('error'), line, position (the order within a line), column_name, code, raw
--      (the cell as written, as text; a typed cell as the database writes it, which the engine
--      writes again as JavaScript does), and the facts a message needs: reason (invalid_date: 'format' or
--      'nonexistent'), start_iso (end_before_start: the start date, ISO), used and available
--      (over_cap, see usage-warnings.sql).
SELECT 'error' AS severity, line, 1 AS position, 'municipality' AS column_name, municipality_error AS code,
       CAST(municipality_raw AS VARCHAR) AS raw, CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS start_iso,
       CAST(NULL AS DOUBLE PRECISION) AS used, CAST(NULL AS DOUBLE PRECISION) AS available
FROM usage_checked WHERE municipality_error IS NOT NULL
UNION ALL
SELECT 'error', line, 2, 'product', product_error, CAST(product_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE product_error IS NOT NULL
UNION ALL
SELECT 'error', line, 3, 'start', start_error, CAST(start_raw AS VARCHAR), start_reason, NULL, NULL, NULL
FROM usage_checked WHERE start_error IS NOT NULL
UNION ALL
SELECT 'error', line, 4, 'end', end_error, CAST(end_raw AS VARCHAR), end_reason, {{date-iso key=start_key}}, NULL, NULL
FROM usage_checked WHERE end_error IS NOT NULL
UNION ALL
SELECT 'error', line, 5, 'hours_available', hours_available_error, CAST(hours_available_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE hours_available_error IS NOT NULL
UNION ALL
SELECT 'error', line, 6, 'hours_used', hours_used_error, CAST(hours_used_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE hours_used_error IS NOT NULL
UNION ALL
SELECT 'error', line, 7, 'lt_extra_hours', lt_extra_hours_error, CAST(lt_extra_hours_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE lt_extra_hours_error IS NOT NULL
UNION ALL
SELECT 'error', line, 8, 'case_id', case_id_error, CAST(case_id_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE case_id_error IS NOT NULL
UNION ALL
SELECT 'error', line, 9, 'route', route_error, CAST(route_raw AS VARCHAR), NULL, NULL, NULL, NULL
FROM usage_checked WHERE route_error IS NOT NULL
