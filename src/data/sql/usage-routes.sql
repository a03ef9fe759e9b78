-- usage-routes.sql · Usage, step 5: the routes of every cell.
--
-- In:  usage_rows (see usage-counts.sql).
-- Out: per cell that has rows: the number of rows per route (rows without a route count in none).
SELECT
  municipality,
  period,
  product,
  count(*) FILTER (WHERE route = 'ots_prevented') AS ots_prevented,
  count(*) FILTER (WHERE route = 'ots_ended_early') AS ots_ended_early,
  count(*) FILTER (WHERE route = 'ots_required') AS ots_required,
  count(*) FILTER (WHERE route = 'ots_collaboration') AS ots_collaboration
FROM usage_rows
GROUP BY municipality, period, product
