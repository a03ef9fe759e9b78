/**
 * Numbers as spreadsheets write them. Dutch Excel writes a decimal comma (`16,5`, `1.234,5`);
 * English tools write a decimal point (`16.5`, `1,234.5`). One file uses one convention, so the
 * choice is made once per file ({@link detectDecimalStyle}) and every cell is read with it
 * ({@link parseNumber}).
 *
 * Accepted, after trimming spaces: an optional sign, digits with optional thousands separators in
 * groups of three, an optional fraction and an optional exponent (`1,5E+3`).
 *
 * | style   | decimal | thousands | examples                               |
 * | ------- | ------- | --------- | -------------------------------------- |
 * | `comma` | `,`     | `.`       | `16,5` → 16.5, `1.234,5` → 1234.5, `1.234` → 1234 |
 * | `dot`   | `.`     | `,`       | `16.5` → 16.5, `1,234.5` → 1234.5, `1,234` → 1234 |
 *
 * Anything else is rejected: `12abc`, `1,2,3`, `16,5` in a dot file, `45%`, `NaN`, `∞`.
 */

/** Which character a file uses as the decimal separator. */
export type DecimalStyle = 'comma' | 'dot';

const COMMA_STYLE = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:[eE][+-]?\d+)?$/;
const DOT_STYLE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * What one cell says about the file's convention: `comma` when only the comma reading fits
 * (`16,5`, `1.234,5`, `1.234.567`), `dot` when only the dot reading fits (`16.5`, `1,234.5`),
 * `neutral` when both fit (`16`, `1.234`, `1,234`) and `invalid` when neither does.
 */
export function classifyNumber(text: string): DecimalStyle | 'neutral' | 'invalid' {
  const s = text.trim();
  const comma = COMMA_STYLE.test(s);
  const dot = DOT_STYLE.test(s);
  if (comma && dot) return 'neutral';
  if (comma) return 'comma';
  if (dot) return 'dot';
  return 'invalid';
}

/**
 * Collects what a file's numeric cells say about its decimal style. Only cells with a `,` or a
 * `.` can be evidence, so the others are passed over without a regular expression.
 */
export class DecimalEvidence {
  /** Some cell fits only the comma reading. */
  comma = false;
  /** Some cell fits only the dot reading. */
  dot = false;

  add(text: string): void {
    if (text.indexOf(',') === -1 && text.indexOf('.') === -1) return;
    const kind = classifyNumber(text);
    if (kind === 'comma') this.comma = true;
    else if (kind === 'dot') this.dot = true;
  }

  /**
   * The style: `comma` when some cells fit only the comma reading and none only the dot reading,
   * `dot` the other way round, and `fallback` without evidence or with conflicting evidence.
   */
  style(fallback: DecimalStyle): DecimalStyle {
    if (this.comma && !this.dot) return 'comma';
    if (this.dot && !this.comma) return 'dot';
    return fallback;
  }
}

/**
 * Decide a file's decimal style from its numeric cells (text only); see
 * {@link DecimalEvidence.style}. The parsers pass `comma` as the fallback for `;`-separated CSV,
 * as Dutch Excel writes it, and `dot` otherwise.
 */
export function detectDecimalStyle(cells: Iterable<string>, fallback: DecimalStyle): DecimalStyle {
  const evidence = new DecimalEvidence();
  for (const cell of cells) evidence.add(cell);
  return evidence.style(fallback);
}

/** Whether text is 1 to 15 ASCII digits (a safe integer, read without a regular expression). */
function isPlainInteger(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Read one number written in `style`. Returns null when the text is not a number in that style
 * (including empty text). Never returns NaN, ±Infinity or -0.
 */
export function parseNumber(text: string, style: DecimalStyle): number | null {
  const s = text.trim();
  if (isPlainInteger(s)) return Number(s);
  if (s === '' || s.length > 400) return null;
  let normal: string;
  if (style === 'comma') {
    if (!COMMA_STYLE.test(s)) return null;
    normal = s.replace(/\./g, '').replace(',', '.');
  } else {
    if (!DOT_STYLE.test(s)) return null;
    normal = s.replace(/,/g, '');
  }
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}
