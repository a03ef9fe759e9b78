-- A number written in a text cell, in plain form: thousands separators dropped and the decimal
-- separator made a point ('1.234,5' → '1234.5'), or NULL when the text is not a number in the
-- file's decimal style. Mirrors `parseNumber` in src/data/numbers.ts: an optional sign, digits
-- with optional thousands separators in groups of three, an optional fraction and exponent.
-- Plain numbers (digits, one separator) take a short way; the full pattern is the same rule.
--   {text}  the trimmed text (NULL when empty)
--   {style} 'comma' (Dutch Excel: 1.234,5) or 'dot' (1,234.5), decided once per file
CASE
  WHEN {text} IS NULL THEN NULL
  WHEN {style} = 'comma' AND {text} ~ '^-?[0-9]{1,15}(,[0-9]{1,15})?$' THEN replace({text}, ',', '.')
  WHEN {style} = 'dot' AND {text} ~ '^-?[0-9]{1,15}(\.[0-9]{1,15})?$' THEN {text}
  WHEN length({text}) > 400 THEN NULL
  WHEN {style} = 'comma' AND {text} ~ '^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?([eE][+-]?[0-9]+)?$'
    THEN replace(replace({text}, '.', ''), ',', '.')
  WHEN {style} = 'dot' AND {text} ~ '^[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?$'
    THEN replace({text}, ',', '')
END
