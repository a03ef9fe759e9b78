-- The year, month or day of a date text, as an integer (NULL when the text has no date form).
--   {text} the trimmed text; {shape} its date-shape.sql; {parts} its date-parts.sql when the
--   shape is 'other'; {field} 'year', 'month' or 'day'
CAST(CASE {shape}
  WHEN 'dmy' THEN substr({text}, CASE {field} WHEN 'year' THEN 7 WHEN 'month' THEN 4 ELSE 1 END,
                          CASE {field} WHEN 'year' THEN 4 ELSE 2 END)
  WHEN 'ymd' THEN substr({text}, CASE {field} WHEN 'year' THEN 1 WHEN 'month' THEN 6 ELSE 9 END,
                          CASE {field} WHEN 'year' THEN 4 ELSE 2 END)
  -- The year is the part of four digits: first ('2024-3-1') or last ('1-3-2024').
  WHEN 'other' THEN split_part({parts}, '-', CASE
    WHEN {field} = 'month' THEN 2
    WHEN (length(split_part({parts}, '-', 1)) = 4) = ({field} = 'year') THEN 1
    ELSE 3
  END)
END AS INTEGER)
