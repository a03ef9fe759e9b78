-- indicator-values.sql · What is kept of indicator_checked (indicator-rows.sql) for the rest
-- of the steps: per row its line, the normalised values and whether it is ok.
SELECT line, municipality, period, indicator, value, label, kind, kind_raw, kind_type_error, weight, weight_raw, weight_type_error, ok
FROM indicator_checked
