-- usage-warnings.sql · The warnings of the usage rows: a row that uses more hours than it had
-- (over_cap) is kept, and named with its line, as `parseUsage` names it.
--
-- In:  usage_values (usage-values.sql).
-- Out: the columns of usage-issues.sql, severity 'warning'.
SELECT 'warning' AS severity, line, 10 AS position, 'hours_used' AS column_name, 'over_cap' AS code,
       CAST(hours_used_raw AS VARCHAR) AS raw, CAST(NULL AS VARCHAR) AS reason, CAST(NULL AS VARCHAR) AS start_iso,
       hours_used AS used, hours_available AS available
FROM usage_values
WHERE ok AND hours_used > hours_available
