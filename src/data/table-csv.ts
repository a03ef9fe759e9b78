import type { Lang } from '../i18n/lang.js';
import { detectDelimiter, scanCsv, type Delimiter } from './csv.js';
import type { DecimalEvidence } from './numbers.js';
import { evidenceFor, fail, type Readout } from './source-table.js';

/**
 * CSV is scanned twice: once for the header, the number of rows, the decimal-style evidence and
 * an unclosed quote, once more to validate. Nothing but the header is kept between the two, which
 * keeps a million-row file cheap on memory.
 */
export function readCsv(source: string, lang: Lang): Readout {
  // Excel's own hint on the first line, `sep=;`, names the delimiter. It is blanked out (keeping
  // the line count) so that the header is the next line.
  const hint = /^sep=([;,\t])[ \t]*(?:\r\n|\n|\r|$)/i.exec(source);
  const text = hint ? '\n' + source.slice(hint[0].length) : source;
  const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(text);
  let header: string[] | null = null;
  let headerLine = 1;
  let evidence: DecimalEvidence[] = [];
  let count = 0;
  const scan = scanCsv(text, delimiter, (line, cells) => {
    if (header === null) {
      header = cells;
      headerLine = line;
      evidence = evidenceFor(cells);
      return;
    }
    count++;
    const n = Math.min(cells.length, evidence.length);
    for (let i = 0; i < n; i++) evidence[i]!.add(cells[i]!);
  });
  if (!scan.ok) return fail('unclosed_quote', lang, scan.line, { unit: 'line' });
  if (header === null) return fail('no_header', lang);
  return {
    ok: true,
    table: {
      unit: 'line',
      headerLine,
      header,
      count,
      evidence,
      fallbackStyle: delimiter === ';' ? 'comma' : 'dot',
      checkWidth: true,
      forEachRow: (visit) => {
        let first = true;
        scanCsv(text, delimiter, (line, cells) => {
          if (first) first = false;
          else visit(line, cells);
        });
      },
    },
  };
}
