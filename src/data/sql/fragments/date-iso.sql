-- A date key (date-key.sql) as ISO text 'YYYY-MM-DD'.
--   {key} the integer YYYYMMDD
lpad(CAST(CAST(({key} - {key} % 10000) / 10000 AS INTEGER) AS VARCHAR), 4, '0') || '-'
  || lpad(CAST(CAST(({key} % 10000 - {key} % 100) / 100 AS INTEGER) AS VARCHAR), 2, '0') || '-'
  || lpad(CAST({key} % 100 AS VARCHAR), 2, '0')
