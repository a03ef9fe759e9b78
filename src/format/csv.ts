import type { TableColumn } from './table.js';

/**
 * A table as CSV that Dutch Excel opens directly: a UTF-8 BOM, `;` between cells, CRLF line
 * ends, and quotes where a cell needs them. Cells are the table's display text, so suppressed
 * values stay "< 5". Cells that start with `=`, `+`, `-` or `@` are prefixed with `'` so a
 * spreadsheet never runs them as a formula (CSV injection); plain numbers such as `-1.234`
 * are left alone.
 *
 * `preamble` lines (the chart title, municipality, period, scenario, data date) come first,
 * one cell each, then an empty line and the table, so that a file that leaves the page still
 * says what it holds.
 */
export function toCsv(columns: readonly TableColumn[], rows: readonly Record<string, string>[], preamble: readonly string[] = []): string {
  const cell = (text: string) => {
    let value = text;
    if (/^[=+\-@\t\r]/.test(value) && !/^-[\d.,\s€%]+$/.test(value)) value = `'${value}`;
    return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [
    ...preamble.map(cell),
    ...(preamble.length ? [''] : []),
    columns.map((c) => cell(c.label)).join(';'),
    ...rows.map((r) => columns.map((c) => cell(r[c.key] ?? '')).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
