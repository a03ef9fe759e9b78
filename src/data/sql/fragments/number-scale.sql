-- The power of ten of the first significant digit of a plain number ('1234.5' → 3, '0.05' → -2,
-- '5e-3' → -3), or NULL when every digit is zero or the number needs no scale (no exponent, at
-- most 300 characters). Exponents of more than five digits count as ±100000. Used only to keep
-- the cast of absurdly large or small numbers from failing (number-value.sql).
--   {plain} a number in plain form (see number.sql), or NULL
CASE
  WHEN {plain} IS NULL OR (length({plain}) <= 300 AND strpos({plain}, 'e') = 0 AND strpos({plain}, 'E') = 0) THEN NULL
  WHEN ltrim(translate(split_part(lower({plain}), 'e', 1), '+-.', ''), '0') = '' THEN NULL
  ELSE
    CASE
      WHEN ltrim(split_part(translate(split_part(lower({plain}), 'e', 1), '+-', ''), '.', 1), '0') <> ''
        THEN length(ltrim(split_part(translate(split_part(lower({plain}), 'e', 1), '+-', ''), '.', 1), '0')) - 1
      ELSE -1 - (length(split_part(split_part(lower({plain}), 'e', 1), '.', 2))
                 - length(ltrim(split_part(split_part(lower({plain}), 'e', 1), '.', 2), '0')))
    END
    + CASE
        WHEN split_part(lower({plain}), 'e', 2) = '' THEN 0
        WHEN length(ltrim(translate(split_part(lower({plain}), 'e', 2), '+-', ''), '0')) > 5
          THEN CASE WHEN split_part(lower({plain}), 'e', 2) LIKE '-%' THEN -100000 ELSE 100000 END
        ELSE CAST(split_part(lower({plain}), 'e', 2) AS INTEGER)
      END
END
