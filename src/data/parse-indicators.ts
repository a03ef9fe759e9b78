import type { IndicatorRow, ParseOptions, ParseResult } from './types.js';
import { INDICATOR_COLUMNS } from './columns.js';
import { parsePeriod } from './dates.js';
import { STANDARD_INDICATORS, indicatorDefinition, type CustomIndicator } from './indicators.js';
import { Declarations, readDeclaration } from './indicator-declarations.js';
import { parseFile, type FileSpec } from './parse-file.js';
import type { RowReader } from './row-reader.js';

/**
 * Read an indicators file: long format, one value per municipality, period and indicator. See the
 * README, "Data", for the columns, the accepted formats and the error codes.
 *
 * Rules per row:
 * - `municipality` (`gemeente`): required text;
 * - `period` (`periode`): `YYYY` or `YYYY-Qn`; `2024-K3` and `2024q3` become `2024-Q3`;
 * - `indicator`: a standard id (case-insensitive, stored in lower case), or any other id when the
 *   row has a `label` (kept as written); otherwise `unknown_indicator`, with a suggestion when the
 *   id is close to a standard one;
 * - `value` (`waarde`): required number;
 * - `label`: optional text;
 * - `kind` (`soort`) and `weight` (`gewicht`): optional; a custom indicator's kind and, for a
 *   mean, its weights (see indicator-declarations.ts), checked on rows that are otherwise valid.
 * A second row for the same municipality, period and indicator is `duplicate_indicator`, on the
 * later line, naming the earlier one; the first row is kept.
 */
export function parseIndicators(
  input: string | ArrayBuffer | Uint8Array,
  options?: ParseOptions,
): ParseResult<IndicatorRow> {
  return parseFile(input, options, INDICATORS);
}

/** Edit distance (Levenshtein) between two short strings. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The standard indicator id closest to `text` (case, spaces and hyphens ignored), when it is
 * close enough to be a likely typo: at most 1 edit for ids up to 6 characters, 2 up to 12, 3 above.
 */
export function suggestIndicator(text: string): string | undefined {
  const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const { id } of STANDARD_INDICATORS) {
    const d = distance(key, id);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = best.length <= 6 ? 1 : best.length <= 12 ? 2 : 3;
  return bestDistance <= limit ? best : undefined;
}

function createValidator(): (r: RowReader) => IndicatorRow | null {
  /** Line of the first row for each municipality, period and indicator. */
  const firstLine = new Map<string, number>();
  /** Suggestions by unknown id, so that a file full of one typo stays fast. */
  const suggestions = new Map<string, string | undefined>();
  const declarations = new Declarations();
  const suggest = (text: string): string | undefined => {
    if (!suggestions.has(text)) suggestions.set(text, suggestIndicator(text));
    return suggestions.get(text);
  };
  return (r) => {
    const municipality = r.text('municipality', true);

    const periodText = r.text('period', true);
    let period: string | null = null;
    if (periodText !== null) {
      period = parsePeriod(periodText);
      if (period === null) r.error('invalid_period', 'period', r.raw('period'));
    }

    const indicatorText = r.text('indicator', true);
    const value = r.number('value', { required: true });
    const label = r.text('label');

    let indicator: string | null = null;
    if (indicatorText !== null) {
      const lower = indicatorText.toLowerCase();
      if (indicatorDefinition(lower)) {
        indicator = lower;
      } else if (label !== null) {
        indicator = indicatorText;
      } else {
        r.error('unknown_indicator', 'indicator', r.raw('indicator'), { suggestion: suggest(indicatorText) });
      }
    }

    if (r.failed || municipality === null || period === null || indicator === null || value === null) return null;

    const key = `${municipality}\u0000${period}\u0000${indicator}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      r.error('duplicate_indicator', 'indicator', r.raw('indicator'), {
        earlierLine: earlier,
        detail: `${municipality}, ${period}, ${indicator}`,
      });
      return null;
    }
    firstLine.set(key, r.line);
    // Kind and weight, on rows that are otherwise valid (the SQL engines check them so too).
    const declared = readKind(r, indicator, declarations);
    if (r.failed) return null;
    return declared ? { municipality, period, indicator, value, label, kind: declared.kind, ...(declared.weights ? { weights: [...declared.weights] } : {}) } : { municipality, period, indicator, value, label };
  };
}

/** A row's declared kind and weight (recorded in `declarations`), or undefined; problems become errors. */
function readKind(r: RowReader, indicator: string, declarations: Declarations): CustomIndicator | undefined {
  const kindText = r.text('kind');
  const weightText = r.text('weight');
  if (r.failed) return undefined;
  const read = readDeclaration(indicator, kindText, weightText);
  if (read.problem) {
    r.error(read.problem.code, read.problem.column, r.raw(read.problem.column), read.problem.params);
    return undefined;
  }
  if (!read.declared) return undefined;
  const earlier = declarations.add(indicator, read.declared, r.line);
  if (earlier !== null) {
    const column = kindText !== null ? 'kind' : 'weight';
    r.error('inconsistent_kind', column, r.raw(column), { earlierLine: earlier, detail: indicator });
    return undefined;
  }
  return read.declared;
}

const INDICATORS: FileSpec<IndicatorRow> = {
  columns: INDICATOR_COLUMNS,
  createValidator,
};
