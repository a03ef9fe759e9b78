import type { Lang } from '../i18n/lang.js';
import { columnsByName, type ColumnSpec, type DuplicateColumn } from './columns.js';
import { evidenceFor, fail, type Readout, type RowKeys } from './source-table.js';
import { textPosition } from './text-position.js';

/**
 * A JSON array of row objects as a table. Each row names its columns itself, so its keys are
 * resolved row by row: `gemeente` in one row and `municipality` in the next are one column. The
 * header holds each column once, as the first row that has it writes it, then the unknown keys;
 * a row whose key differs from that brings its own name for messages, and a row that gives one
 * column under two keys says so (`RowKeys.duplicates`).
 */
export function readJson(text: string, lang: Lang, columns: readonly ColumnSpec[]): Readout {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const m = /position (\d+)/.exec(message);
    if (m) {
      const { line, column } = textPosition(text, Number(m[1]));
      return fail('invalid_json', lang, line, { textLine: line, textColumn: column });
    }
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) {
      const line = Number(lc[1]);
      return fail('invalid_json', lang, line, { textLine: line, textColumn: Number(lc[2]) });
    }
    return fail('invalid_json', lang);
  }
  if (!Array.isArray(data)) return fail('not_array', lang);
  const rows: unknown[] = data;
  const byName = columnsByName(columns);
  // Per distinct key: its header position (one per column, known or unknown).
  const positionOf = new Map<string, number>();
  const positionByColumn = new Map<string, number>();
  const header: string[] = [];
  for (const row of rows) {
    if (!isObject(row)) continue;
    for (const key of Object.keys(row)) {
      if (positionOf.has(key)) continue;
      const normal = key.trim().toLowerCase();
      const column = normal === '' ? `\u0000${key}` : (byName.get(normal)?.name ?? normal);
      let position = positionByColumn.get(column);
      if (position === undefined) {
        position = header.length;
        positionByColumn.set(column, position);
        header.push(key);
      }
      positionOf.set(key, position);
    }
  }
  const width = header.length;
  const evidence = evidenceFor(header);
  for (const row of rows) {
    if (!isObject(row)) continue;
    for (const key of Object.keys(row)) {
      const value = row[key];
      if (typeof value === 'string') evidence[positionOf.get(key)!]!.add(value);
    }
  }
  const readRow = (row: Record<string, unknown>, visit: (cells: unknown[], keys?: RowKeys) => void): void => {
    const cells = new Array<unknown>(width);
    let names: (string | undefined)[] | undefined;
    let duplicates: DuplicateColumn[] | undefined;
    let used: (string | undefined)[] | undefined;
    for (const key of Object.keys(row)) {
      const position = positionOf.get(key)!;
      if (header[position] !== key) {
        names ??= new Array<string | undefined>(width);
        names[position] = key.trim();
      }
      if (used?.[position] !== undefined) {
        // A second key for a column this row already has.
        duplicates ??= [];
        const first = used![position]!;
        const column = byName.get(key.trim().toLowerCase())?.name ?? key.trim().toLowerCase();
        const known = duplicates.find((d) => d.column === column);
        if (known) known.names.push(key.trim());
        else duplicates.push({ column, names: [first, key.trim()] });
        continue;
      }
      used ??= new Array<string | undefined>(width);
      used[position] = key.trim();
      cells[position] = row[key];
    }
    visit(cells, names || duplicates ? { names: names ?? [], duplicates: duplicates ?? [] } : undefined);
  };
  return {
    ok: true,
    table: {
      unit: 'row',
      headerLine: 1,
      header,
      count: rows.length,
      evidence,
      fallbackStyle: 'dot',
      checkWidth: false,
      forEachRow: (visit) =>
        rows.forEach((row, i) => {
          if (isObject(row)) readRow(row, (cells, keys) => visit(i + 1, cells, keys));
          else visit(i + 1, null);
        }),
    },
  };
}

const isObject = (row: unknown): row is Record<string, unknown> => typeof row === 'object' && row !== null && !Array.isArray(row);
