-- A text cell, trimmed as JavaScript's trim() trims (see js-whitespace.sql); NULL when it is
-- empty or only spaces. A cell that starts with a visible character below U+00A0 and ends with
-- none of the characters trim() removes (nearly every cell) is taken as it is: ascii() gives the
-- first character's code and LIKE tests the last one, both far cheaper than trim() itself.
--   {value} the cell, or NULL
CASE
  WHEN {value} IS NULL THEN NULL
  WHEN ascii({value}) BETWEEN 33 AND 159
    AND NOT ({value} LIKE '% ' OR {value} LIKE '%' || chr(9) OR {value} LIKE '%' || chr(10)
      OR {value} LIKE '%' || chr(11) OR {value} LIKE '%' || chr(12) OR {value} LIKE '%' || chr(13)
      OR {value} LIKE '%' || chr(160) OR {value} LIKE '%' || chr(5760) OR {value} LIKE '%' || chr(8192)
      OR {value} LIKE '%' || chr(8193) OR {value} LIKE '%' || chr(8194) OR {value} LIKE '%' || chr(8195)
      OR {value} LIKE '%' || chr(8196) OR {value} LIKE '%' || chr(8197) OR {value} LIKE '%' || chr(8198)
      OR {value} LIKE '%' || chr(8199) OR {value} LIKE '%' || chr(8200) OR {value} LIKE '%' || chr(8201)
      OR {value} LIKE '%' || chr(8202) OR {value} LIKE '%' || chr(8232) OR {value} LIKE '%' || chr(8233)
      OR {value} LIKE '%' || chr(8239) OR {value} LIKE '%' || chr(8287) OR {value} LIKE '%' || chr(12288)
      OR {value} LIKE '%' || chr(65279))
    THEN {value}
  ELSE NULLIF(trim(BOTH {{js-whitespace}} FROM {value}), '')
END
