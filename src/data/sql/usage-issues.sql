-- usage-issues.sql · The errors of usage_checked (usage-rows.sql), one row each, in the order
-- `parseUsage` reports them: by line, and within a line by column. The engine turns them into
-- messages (src/i18n/data-messages.ts) with the line (CSV) or row number.
--
-- Out: severity ('error'), line, position (the order within a line), column_name, code, raw
--      (the cell as written, as text; a typed cell as the database writes it, which the engine
--      writes again as JavaScript does), and the facts a message needs: reason (invalid_date: 'format' or
--      'nonexistent'), start_iso (end_before_start: the start date, ISO), used and available
--      (over_cap, see usage-warnings.sql).
--
-- One pass over the rows with an error: each row's cells as (position, column, code, …) values,
-- the cells without an error left out.
SELECT 'error' AS severity, line, cell.position, cell.column_name, cell.code, cell.raw, cell.reason, cell.start_iso,
       CAST(NULL AS DOUBLE PRECISION) AS used, CAST(NULL AS DOUBLE PRECISION) AS available
FROM usage_checked
CROSS JOIN LATERAL (VALUES
  (1, 'municipality', municipality_error, CAST(municipality_raw AS VARCHAR), CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR)),
  (2, 'product', product_error, CAST(product_raw AS VARCHAR), NULL, NULL),
  (3, 'start', start_error, CAST(start_raw AS VARCHAR), start_reason, NULL),
  (4, 'end', end_error, CAST(end_raw AS VARCHAR), end_reason, {{date-iso key=start_key}}),
  (5, 'hours_available', hours_available_error, CAST(hours_available_raw AS VARCHAR), NULL, NULL),
  (6, 'hours_used', hours_used_error, CAST(hours_used_raw AS VARCHAR), NULL, NULL),
  (7, 'lt_extra_hours', lt_extra_hours_error, CAST(lt_extra_hours_raw AS VARCHAR), NULL, NULL),
  (8, 'case_id', case_id_error, CAST(case_id_raw AS VARCHAR), NULL, NULL),
  (9, 'route', route_error, CAST(route_raw AS VARCHAR), NULL, NULL)
) AS cell (position, column_name, code, raw, reason, start_iso)
WHERE NOT ok AND cell.code IS NOT NULL
