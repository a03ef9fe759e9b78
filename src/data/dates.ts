/**
 * Dates and periods in input files.
 *
 * Dates, after trimming spaces:
 * - `YYYY-MM-DD` (ISO), also with one-digit month or day (`2024-3-1`);
 * - `DD-MM-YYYY`, as Dutch Excel writes it, also `D-M-YYYY` (`1-3-2024`). The day always comes
 *   first: `03/04/2024` is 3 April, never 4 March.
 * - the separator may be `-`, `/` or `.`, but the same one twice (`1.3.2024`, `01/03/2024`);
 * - a time after the date is allowed and ignored (`2024-03-01 00:00`, `2024-03-01T00:00:00Z`);
 *   the date is taken as written, without converting time zones.
 * The date must exist: `2023-02-29` and `31-04-2024` are rejected. Output is ISO `YYYY-MM-DD`.
 *
 * Periods: `YYYY`, or a quarter `YYYY-Qn` with n from 1 to 4. The Dutch `K` (kwartaal) is the same
 * as `Q`, case does not matter and the dash may be left out: `2024-k3`, `2024Q3` → `2024-Q3`.
 */

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);
const PERIOD = /^(\d{4})(?:-?[QqKk]([1-4]))?$/;

export type DateResult = { ok: true; iso: string } | { ok: false; reason: 'format' | 'nonexistent' };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Build an ISO date from its parts, or null when the date does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Read a date in one of the accepted forms (see the module comment). */
export function parseDate(text: string): DateResult {
  const s = text.trim();
  if (s.length > 64) return { ok: false, reason: 'format' };
  let m = YEAR_FIRST.exec(s);
  let year: number;
  let month: number;
  let day: number;
  if (m) {
    year = Number(m[1]);
    month = Number(m[3]);
    day = Number(m[4]);
  } else {
    m = DAY_FIRST.exec(s);
    if (!m) return { ok: false, reason: 'format' };
    day = Number(m[1]);
    month = Number(m[3]);
    year = Number(m[4]);
  }
  const iso = isoDate(year, month, day);
  return iso === null ? { ok: false, reason: 'nonexistent' } : { ok: true, iso };
}

/**
 * The date of a JavaScript `Date` (as Arrow date and timestamp columns decode), read in UTC, or
 * null for an invalid `Date`.
 */
export function isoFromDate(date: Date): string | null {
  const time = date.getTime();
  if (!Number.isFinite(time)) return null;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The quarter `YYYY-Qn` of an ISO date. */
export function quarterOf(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Normalise a period (`2024`, `2024-Q3`, `2024-K3`, `2024q3`), or null when it is not one. */
export function parsePeriod(text: string): string | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  return m[2] ? `${m[1]}-Q${m[2]}` : m[1]!;
}
