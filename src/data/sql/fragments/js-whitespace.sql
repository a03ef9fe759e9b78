-- The characters that JavaScript's String.prototype.trim() removes (and that `\s` matches):
-- tab, line feed, vertical tab, form feed, carriage return, space, no-break space, the Unicode
-- space separators, line and paragraph separator, and the byte-order mark. Trimming with exactly
-- this set makes `trim(BOTH … FROM x)` agree with the parsers of src/data/ on every text cell.
(chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760)
  || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198)
  || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239)
  || chr(8287) || chr(12288) || chr(65279))
