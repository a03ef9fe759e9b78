-- indicator-rows.sql · Indicators, step 1: read every input row as `parseIndicators`
-- (src/data/parse-indicators.ts) reads it, and say what is wrong with it.
--
-- In:  indicator_text — one row per data row of the indicators input, like usage_text (see
--      usage-rows.sql): line, and per column (municipality, period, indicator, value, label) the
--      trimmed text, <column>_raw and <column>_type_error; value_number (a typed number, else
--      NULL) and value_style ('comma' or 'dot').
--      indicator_catalog(indicator, rule, weight, weight_position) — the standard indicators
--      (src/data/indicators.ts), one row per named weight.
--      The columns kind and weight (a custom indicator's declaration) are passed on as they are:
--      the engine checks them on the rows that are ok (src/data/indicator-declarations.ts), as
--      the parser does.
-- Out: indicator_checked — one row per input row: the normalised values, the error of each check
--      (NULL when fine) and `ok`.
--
-- The rules (README, "Gegevens aanleveren"):
--   municipality  required text
--   period        'YYYY' or 'YYYY-Qn'; '2024-K3', '2024q3' and '2024Q3' are '2024-Q3'
--   indicator     a standard id (any case; stored in lower case), or any other id when the row has
--                 a label (kept as written); otherwise unknown_indicator
--   value         required number (may be negative); label: optional text
--   A second row for the same municipality, period and indicator is duplicate_indicator, on the
--   later line; the first row is kept.
--
-- `OFFSET 0` ends each stage: it keeps PostgreSQL from merging the stages (see usage-rows.sql).
WITH cells AS (
  SELECT
    line,
    municipality, municipality_raw, municipality_type_error,
    period AS period_text, period_raw, period_type_error,
    indicator AS indicator_text, indicator_raw, indicator_type_error,
    value AS value_text, value_number, value_raw, value_type_error, value_style,
    label, label_raw, label_type_error,
    kind AS kind_text, kind_raw, kind_type_error,
    weight AS weight_text, weight_raw, weight_type_error
  FROM indicator_text
  OFFSET 0
),
readings AS (
  SELECT
    cells.*,
    CASE
      WHEN period_text ~ '^[0-9]{4}$' THEN period_text
      WHEN period_text ~ '^[0-9]{4}-?[QqKk][1-4]$' THEN substr(period_text, 1, 4) || '-Q' || right(period_text, 1)
    END AS period,
    CASE
      WHEN lower(indicator_text) IN (SELECT indicator FROM indicator_catalog) THEN lower(indicator_text)
      WHEN label IS NOT NULL AND label_type_error IS NULL THEN indicator_text
    END AS indicator,
    {{number text=value_text style=value_style}} AS value_plain
  FROM cells
  OFFSET 0
),
scaled AS (
  SELECT readings.*, {{number-scale plain=value_plain}} AS value_scale
  FROM readings
  OFFSET 0
),
checked AS (
  SELECT
    scaled.*,
    coalesce(value_number, {{number-value plain=value_plain scale=value_scale}}) AS value,
    CASE
      WHEN municipality_type_error IS NOT NULL THEN municipality_type_error
      WHEN municipality IS NULL THEN 'missing_value'
    END AS municipality_error,
    CASE
      WHEN period_type_error IS NOT NULL THEN period_type_error
      WHEN period_text IS NULL THEN 'missing_value'
      WHEN period IS NULL THEN 'invalid_period'
    END AS period_error,
    CASE
      WHEN indicator_type_error IS NOT NULL THEN indicator_type_error
      WHEN indicator_text IS NULL THEN 'missing_value'
    END AS indicator_error,
    CASE
      WHEN value_type_error IS NOT NULL THEN value_type_error
      WHEN value_text IS NULL AND value_number IS NULL THEN 'missing_value'
      WHEN value_number IS NULL AND {{number-value plain=value_plain scale=value_scale}} IS NULL THEN 'invalid_number'
    END AS value_error,
    label_type_error AS label_error,
    CASE
      WHEN indicator_text IS NOT NULL AND indicator_type_error IS NULL AND indicator IS NULL THEN 'unknown_indicator'
    END AS unknown_error
  FROM scaled
  OFFSET 0
),
numbered AS (
  SELECT
    checked.*,
    (municipality_error IS NULL AND period_error IS NULL AND indicator_error IS NULL
      AND value_error IS NULL AND label_error IS NULL AND unknown_error IS NULL) AS readable
  FROM checked
  OFFSET 0
),
firsts AS (
  -- The first readable row of each municipality, period and indicator.
  SELECT municipality, period, indicator, min(line) AS first_line
  FROM numbered
  WHERE readable
  GROUP BY municipality, period, indicator
)
SELECT
  n.line,
  n.municipality,
  n.period,
  n.indicator,
  n.value,
  n.label,
  n.municipality_error, CASE WHEN n.municipality_error IS NOT NULL THEN n.municipality_raw END AS municipality_raw,
  n.period_error, CASE WHEN n.period_error IS NOT NULL THEN n.period_raw END AS period_raw,
  n.indicator_error, n.unknown_error,
  CASE WHEN n.readable AND f.first_line < n.line THEN 'duplicate_indicator' END AS duplicate_error,
  CASE WHEN n.readable AND f.first_line < n.line THEN f.first_line END AS earlier_line,
  CASE WHEN n.indicator_error IS NOT NULL OR n.unknown_error IS NOT NULL
    OR (n.readable AND f.first_line < n.line) THEN n.indicator_raw END AS indicator_raw,
  n.value_error, CASE WHEN n.value_error IS NOT NULL THEN n.value_raw END AS value_raw,
  n.label_error, CASE WHEN n.label_error IS NOT NULL THEN n.label_raw END AS label_raw,
  n.kind_text AS kind, CAST(n.kind_raw AS VARCHAR) AS kind_raw, n.kind_type_error,
  n.weight_text AS weight, CAST(n.weight_raw AS VARCHAR) AS weight_raw, n.weight_type_error,
  (n.readable AND f.first_line = n.line) AS ok
FROM numbered AS n
LEFT JOIN firsts AS f
  ON n.readable AND f.municipality = n.municipality AND f.period = n.period AND f.indicator = n.indicator
