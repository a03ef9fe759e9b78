-- indicator-cells.sql · Indicators, step 2: the municipalities' values.
--
-- In:  indicator_rows — the rows of indicator_checked (indicator-rows.sql) without errors: one per
--      municipality, period and indicator.
-- Out: municipality, period, indicator, value, label: the values as given. They are published as
--      they are (rounded to 2 decimals), except where disclosure control hides them.
SELECT municipality, period, indicator, value, label
FROM indicator_rows
