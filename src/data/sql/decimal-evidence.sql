-- decimal-evidence.sql · What the number cells of a file say about its decimal separator, as
-- `DecimalEvidence` in src/data/numbers.ts collects it: whether some cell can only be read with a
-- decimal comma (16,5 · 1.234,5 · 1.234.567) and whether some cell can only be read with a
-- decimal point (16.5 · 1,234.5 · 1,234,567). The engine takes the comma or the point when only
-- one kind was seen, and the file's default otherwise (comma for ';'-separated CSV, else point).
--
-- In:  number_cells(cell) — every text cell of the file's number columns, rows with errors too.
-- Out: one row: comma, dot (booleans).
--
-- A cell that only a comma reading fits has a ',' or two '.'; one that only a point reading fits
-- has a '.' or two ','. The LIKE tests pass over the other cells cheaply; EXISTS stops at the
-- first cell found.
SELECT
  EXISTS (
    SELECT 1 FROM number_cells
    WHERE (cell LIKE '%,%' OR cell LIKE '%.%.%')
      AND {{text value=cell}} ~ '^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?([eE][+-]?[0-9]+)?$'
      AND NOT {{text value=cell}} ~ '^[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?$'
  ) AS comma,
  EXISTS (
    SELECT 1 FROM number_cells
    WHERE (cell LIKE '%.%' OR cell LIKE '%,%,%')
      AND {{text value=cell}} ~ '^[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?$'
      AND NOT {{text value=cell}} ~ '^[+-]?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?([eE][+-]?[0-9]+)?$'
  ) AS dot
