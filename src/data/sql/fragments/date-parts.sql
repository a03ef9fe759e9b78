-- A date text of date form (date-form.sql) with the time dropped and '/' or '.' made '-'
-- ('1/3/2024 10:00' → '1-3-2024'), for date-field.sql.
--   {text} the trimmed text
replace(replace(split_part(replace({text}, 'T', ' '), ' ', 1), '/', '-'), '.', '-')
