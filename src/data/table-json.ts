import type { Lang } from '../i18n/lang.js';
import { evidenceFor, fail, type Readout } from './source-table.js';

/** Line and column (1-based) of a character offset. */
function textPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON array of row objects as a table: the header is every key, in order of first use. */
export function readJson(text: string, lang: Lang): Readout {
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
  const isObject = (row: unknown): row is Record<string, unknown> =>
    typeof row === 'object' && row !== null && !Array.isArray(row);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (!isObject(row)) continue;
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        header.push(key);
      }
    }
  }
  const cellsOf = (row: Record<string, unknown>): unknown[] =>
    header.map((key) => (Object.hasOwn(row, key) ? row[key] : undefined));
  const evidence = evidenceFor(header);
  for (const row of rows) {
    if (!isObject(row)) continue;
    header.forEach((key, i) => {
      const value = Object.hasOwn(row, key) ? row[key] : undefined;
      if (typeof value === 'string') evidence[i]!.add(value);
    });
  }
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
      forEachRow: (visit) => rows.forEach((row, i) => visit(i + 1, isObject(row) ? cellsOf(row) : null)),
    },
  };
}
