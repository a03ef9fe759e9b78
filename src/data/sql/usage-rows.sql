-- usage-rows.sql · Usage, step 1: read every input row as `parseUsage` (src/data/parse-usage.ts)
-- reads it, and say what is wrong with it.
--
-- In:  usage_text — one row per data row of the usage input (the engine maps the input's
--      columns, English names or Dutch aliases, to these):
--        line                 the row's position (CSV: its record number; Parquet and tables:
--                             the row number in the order given); also the order of the sums;
--        <column>             a text cell, trimmed (fragments/text.sql); NULL when empty, absent
--                             or typed;
--        <column>_raw         the cell as it is (text or typed), for messages;
--        <column>_type_error  NULL, or the error of a typed cell that cannot be read as this
--                             column (a date in `hours_used`: 'invalid_number');
--        <number>_number      a typed number (DOUBLE), else NULL;
--        <number>_style       'comma' or 'dot': the decimal separator of text numbers;
--        <date>_key           a typed date as the integer YYYYMMDD, else NULL.
--      Columns: municipality, product, start_date, end_date, hours_available, hours_used,
--      lt_extra_hours, case_id, route.
-- Out: usage_checked — one row per input row: the normalised values with the period, and per
--      column the code of its error (NULL when the value is fine). `ok` says the row has no
--      error; only rows that are ok are aggregated (usage_rows), and a bundle is written only
--      when every row is ok.
--
-- The rules (README, "Gegevens aanleveren"):
--   municipality   required text
--   product        1, 2a or 2b, case-insensitive
--   start          required date; the period is its quarter, 'YYYY-Qn'
--   end            optional date, not before start (end_before_start)
--   hours_*        numbers ≥ 0 (negative_number); hours_available empty means 25 for 2a and 2b;
--                  hours_used is required for 2a and 2b (missing_value)
--   case_id        optional text; route: a route id or its Dutch name (invalid_route)
--
-- Each stage computes a few columns from the one before. `OFFSET 0` keeps PostgreSQL from
-- merging the stages into one expression (which would repeat each stage's work wherever a later
-- stage uses its columns, and make planning slow); it changes no result, and DuckDB runs the
-- steps without those lines.
WITH forms AS (
  SELECT
    usage_text.*,
    CASE product WHEN '1' THEN '1' WHEN '2a' THEN '2a' WHEN '2b' THEN '2b' ELSE
      CASE lower(product) WHEN '1' THEN '1' WHEN '2a' THEN '2a' WHEN '2b' THEN '2b' END
    END AS product_code,
    {{route text=route}} AS route_id,
    {{date-shape text=start_date}} AS start_shape,
    {{date-shape text=end_date}} AS end_shape,
    {{number text=hours_available style=hours_available_style}} AS hours_available_plain,
    {{number text=hours_used style=hours_used_style}} AS hours_used_plain,
    {{number text=lt_extra_hours style=lt_extra_hours_style}} AS lt_extra_hours_plain
  FROM usage_text
  OFFSET 0
),
parts AS (
  SELECT
    forms.*,
    CASE WHEN start_shape = 'other' THEN {{date-parts text=start_date}} END AS start_parts,
    CASE WHEN end_shape = 'other' THEN {{date-parts text=end_date}} END AS end_parts
  FROM forms
  OFFSET 0
),
fields AS (
  SELECT
    parts.*,
    {{date-field text=start_date shape=start_shape parts=start_parts field='year'}} AS start_year,
    {{date-field text=start_date shape=start_shape parts=start_parts field='month'}} AS start_month,
    {{date-field text=start_date shape=start_shape parts=start_parts field='day'}} AS start_day,
    {{date-field text=end_date shape=end_shape parts=end_parts field='year'}} AS end_year,
    {{date-field text=end_date shape=end_shape parts=end_parts field='month'}} AS end_month,
    {{date-field text=end_date shape=end_shape parts=end_parts field='day'}} AS end_day,
    {{number-scale plain=hours_available_plain}} AS hours_available_scale,
    {{number-scale plain=hours_used_plain}} AS hours_used_scale,
    {{number-scale plain=lt_extra_hours_plain}} AS lt_extra_hours_scale
  FROM parts
  OFFSET 0
),
readings AS (
  SELECT
    fields.*,
    coalesce(start_date_key, {{date-key year=start_year month=start_month day=start_day}}) AS start_key,
    coalesce(end_date_key, {{date-key year=end_year month=end_month day=end_day}}) AS end_key,
    coalesce(hours_available_number, {{number-value plain=hours_available_plain scale=hours_available_scale}}) AS hours_available_value,
    coalesce(hours_used_number, {{number-value plain=hours_used_plain scale=hours_used_scale}}) AS hours_used_value,
    coalesce(lt_extra_hours_number, {{number-value plain=lt_extra_hours_plain scale=lt_extra_hours_scale}}) AS lt_extra_hours_value,
    (start_date IS NULL AND start_date_key IS NULL AND start_date_type_error IS NULL) AS start_empty,
    (end_date IS NULL AND end_date_key IS NULL AND end_date_type_error IS NULL) AS end_empty,
    (hours_available IS NULL AND hours_available_number IS NULL AND hours_available_type_error IS NULL) AS hours_available_empty,
    (hours_used IS NULL AND hours_used_number IS NULL AND hours_used_type_error IS NULL) AS hours_used_empty,
    (lt_extra_hours IS NULL AND lt_extra_hours_number IS NULL AND lt_extra_hours_type_error IS NULL) AS lt_extra_hours_empty
  FROM fields
  OFFSET 0
),
checked AS (
  SELECT
    readings.*,
    CASE
      WHEN municipality_type_error IS NOT NULL THEN municipality_type_error
      WHEN municipality IS NULL THEN 'missing_value'
    END AS municipality_error,
    CASE
      WHEN product_type_error IS NOT NULL THEN product_type_error
      WHEN product IS NULL THEN 'missing_value'
      WHEN product_code IS NULL THEN 'invalid_product'
    END AS product_error,
    CASE
      WHEN start_date_type_error IS NOT NULL THEN start_date_type_error
      WHEN start_empty THEN 'missing_value'
      WHEN start_key IS NULL THEN 'invalid_date'
    END AS start_error,
    CASE
      WHEN end_date_type_error IS NOT NULL THEN end_date_type_error
      WHEN end_empty THEN NULL
      WHEN end_key IS NULL THEN 'invalid_date'
      WHEN start_key IS NOT NULL AND end_key < start_key THEN 'end_before_start'
    END AS end_error,
    CASE
      WHEN hours_available_type_error IS NOT NULL THEN hours_available_type_error
      WHEN hours_available_empty THEN NULL
      WHEN hours_available_value IS NULL THEN 'invalid_number'
      WHEN hours_available_value < 0 THEN 'negative_number'
    END AS hours_available_error,
    CASE
      WHEN hours_used_type_error IS NOT NULL THEN hours_used_type_error
      WHEN hours_used_empty AND product_code IN ('2a', '2b') THEN 'missing_value'
      WHEN hours_used_empty THEN NULL
      WHEN hours_used_value IS NULL THEN 'invalid_number'
      WHEN hours_used_value < 0 THEN 'negative_number'
    END AS hours_used_error,
    CASE
      WHEN lt_extra_hours_type_error IS NOT NULL THEN lt_extra_hours_type_error
      WHEN lt_extra_hours_empty THEN NULL
      WHEN lt_extra_hours_value IS NULL THEN 'invalid_number'
      WHEN lt_extra_hours_value < 0 THEN 'negative_number'
    END AS lt_extra_hours_error,
    case_id_type_error AS case_id_error,
    CASE
      WHEN route_type_error IS NOT NULL THEN route_type_error
      WHEN route IS NOT NULL AND route_id IS NULL THEN 'invalid_route'
    END AS route_error,
    -- Hours available: 25 for 2a and 2b when the cell is empty.
    CASE
      WHEN hours_available_empty AND product_code IN ('2a', '2b') THEN CAST(25 AS DOUBLE PRECISION)
      ELSE hours_available_value
    END AS hours_available_final
  FROM readings
)
SELECT
  line,
  municipality,
  product_code AS product,
  -- The quarter of the start date as one number, year × 10 + quarter (2024-Q3 is 20243), which
  -- groups faster than text; the engine writes it as 'YYYY-Qn'. (start_key % 10000 is
  -- month × 100 + day.)
  CAST((start_key - start_key % 10000) / 1000 AS INTEGER) + CASE
    WHEN start_key % 10000 < 400 THEN 1
    WHEN start_key % 10000 < 700 THEN 2
    WHEN start_key % 10000 < 1000 THEN 3
    ELSE 4
  END AS period,
  hours_available_final AS hours_available,
  hours_used_value AS hours_used,
  lt_extra_hours_value AS lt_extra_hours,
  case_id,
  route_id AS route,
  start_key,
  -- Per column: the error, and the cell as written (kept only where a message needs it).
  municipality_error, CASE WHEN municipality_error IS NOT NULL THEN municipality_raw END AS municipality_raw,
  product_error, CASE WHEN product_error IS NOT NULL THEN product_raw END AS product_raw,
  start_error, CASE WHEN start_shape IS NULL THEN 'format' ELSE 'nonexistent' END AS start_reason,
  CASE WHEN start_error IS NOT NULL THEN start_date_raw END AS start_raw,
  end_error, CASE WHEN end_shape IS NULL THEN 'format' ELSE 'nonexistent' END AS end_reason,
  CASE WHEN end_error IS NOT NULL THEN end_date_raw END AS end_raw,
  hours_available_error, CASE WHEN hours_available_error IS NOT NULL THEN hours_available_raw END AS hours_available_raw,
  hours_used_error, CASE WHEN hours_used_error IS NOT NULL OR hours_used_value > hours_available_final
    THEN hours_used_raw END AS hours_used_raw,
  lt_extra_hours_error, CASE WHEN lt_extra_hours_error IS NOT NULL THEN lt_extra_hours_raw END AS lt_extra_hours_raw,
  case_id_error, CASE WHEN case_id_error IS NOT NULL THEN case_id_raw END AS case_id_raw,
  route_error, CASE WHEN route_error IS NOT NULL THEN route_raw END AS route_raw,
  (municipality_error IS NULL AND product_error IS NULL AND start_error IS NULL AND end_error IS NULL
    AND hours_available_error IS NULL AND hours_used_error IS NULL AND lt_extra_hours_error IS NULL
    AND case_id_error IS NULL AND route_error IS NULL) AS ok
FROM checked
