-- Whether a text has the form of a date, as `parseDate` in src/data/dates.ts accepts it:
-- 'YYYY-MM-DD' or 'DD-MM-YYYY' (day first, as Dutch Excel writes it), one or two digits for day
-- and month, '-', '/' or '.' as the separator (the same one twice), and an optional time.
--   {text} the trimmed text
(length({text}) <= 64 AND {text} ~ '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}|[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}|[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}){{date-time}}$')
