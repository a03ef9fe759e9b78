-- indicator-values.sql · What is kept of indicator_checked (indicator-rows.sql) for the rest
-- of the steps: per row its line, the normalised values and whether it is ok.
SELECT line, municipality, period, indicator, value, label, ok
FROM indicator_checked
