import type { Lang } from '../i18n/lang.js';
import { readArrow } from './arrow-read.js';
import { evidenceFor, fail, type Readout } from './source-table.js';

/** Apache Arrow IPC bytes as a table (see `arrow-read.ts`). */
export function readArrowTable(bytes: Uint8Array, lang: Lang): Readout {
  const arrow = readArrow(bytes);
  if (arrow === null) return fail('invalid_arrow', lang);
  const { names, columns, numRows } = arrow;
  const evidence = evidenceFor(names);
  columns.forEach((column, i) => {
    for (let row = 0; row < numRows; row++) {
      const value = column[row];
      if (typeof value === 'string') evidence[i]!.add(value);
    }
  });
  return {
    ok: true,
    table: {
      unit: 'row',
      headerLine: 1,
      header: names,
      count: numRows,
      evidence,
      fallbackStyle: 'dot',
      checkWidth: false,
      forEachRow: (visit) => {
        for (let row = 0; row < numRows; row++) visit(row + 1, columns.map((column) => column[row]));
      },
    },
  };
}
