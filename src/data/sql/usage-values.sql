-- usage-values.sql · What is kept of usage_checked (usage-rows.sql) for the rest of the steps:
-- per row its line, the normalised values, whether it is ok, and for a row over the cap the
-- hours used as written (for its warning). The engine may keep this as a table (DuckDB), so
-- that the input is read and checked once; the errors themselves are read from usage_checked
-- only when there are any.
SELECT
  line, municipality, product, period, hours_available, hours_used, lt_extra_hours, case_id, route, ok,
  CASE WHEN hours_used > hours_available THEN hours_used_raw END AS hours_used_raw
FROM usage_checked
