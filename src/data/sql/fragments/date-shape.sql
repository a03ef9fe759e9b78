-- The shape of a date text: 'dmy' for 'DD-MM-YYYY' (as Dutch Excel writes it), 'ymd' for
-- 'YYYY-MM-DD', 'other' for any other form `parseDate` accepts (date-form.sql), NULL for no date.
--   {text} the trimmed text (NULL when empty)
CASE
  WHEN {text} IS NULL THEN NULL
  WHEN {text} ~ '^[0-9]{2}-[0-9]{2}-[0-9]{4}$' THEN 'dmy'
  WHEN {text} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN 'ymd'
  WHEN {{date-form text={text}}} THEN 'other'
END
