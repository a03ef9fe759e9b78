import type { Bundle, DataIssue } from '../data/types.js';
import { countOf } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import type { Say } from './io.js';

/** How many issues per file `validate` and `prepare` print unless asked for all (`--all`). */
export const DEFAULT_ISSUE_LIMIT = 100;

/**
 * The issues of one file as the command line reports them: the first `limit` in full (all with
 * `Infinity`), then a count per code. Issues arrive one by one (`ParseOptions.onIssue`), so a
 * file with a million bad rows never holds a million messages.
 */
export class IssueReport {
  private readonly errorLines: string[] = [];
  private readonly warningLines: string[] = [];
  errors = 0;
  warnings = 0;
  private readonly counts = new Map<string, { severity: 'error' | 'warning'; n: number }>();

  constructor(
    private readonly file: string,
    private readonly limit: number,
    /** Print warnings at all (`--quiet` leaves them out, but still counts them). */
    private readonly showWarnings = true,
  ) {}

  /** The sink to pass as `onIssue`. */
  readonly add = (issue: DataIssue, severity: 'error' | 'warning'): void => {
    if (severity === 'error') this.errors++;
    else this.warnings++;
    const count = this.counts.get(issue.code) ?? { severity, n: 0 };
    count.n++;
    this.counts.set(issue.code, count);
    const lines = severity === 'error' ? this.errorLines : this.warningLines;
    if ((severity === 'error' || this.showWarnings) && lines.length < this.limit) lines.push(formatIssue(this.file, issue));
  };

  /** The issues to print: errors first, then warnings, at most `limit`. */
  get lines(): string[] {
    return [...this.errorLines, ...this.warningLines].slice(0, this.limit);
  }

  /** Warnings counted but not printed (`--quiet`). */
  get quietWarnings(): number {
    return this.showWarnings ? 0 : this.warnings;
  }

  /** Issues beyond the printed ones. */
  get unprinted(): number {
    return this.errors + (this.showWarnings ? this.warnings : 0) - this.lines.length;
  }

  /** `code: n` per code, errors first, most frequent first. */
  codeCounts(): { code: string; severity: 'error' | 'warning'; n: number }[] {
    return [...this.counts]
      .map(([code, c]) => ({ code, ...c }))
      .sort((a, b) => (a.severity === b.severity ? b.n - a.n || (a.code < b.code ? -1 : 1) : a.severity === 'error' ? -1 : 1));
  }
}

/**
 * One issue as `file:line:column code message`, the column as the file names it (without
 * `:column` when the issue has none).
 */
export function formatIssue(file: string, issue: DataIssue): string {
  const name = issue.header ?? issue.column;
  const column = name ? `:${name}` : '';
  return `${file}:${issue.line}${column} ${issue.code} ${issue.message}`;
}

/** "bundel.json geschreven: 10 gemeenten, …": what a written bundle holds, for either engine. */
export function writtenSummary(bundle: Bundle, file: string, lang: Lang, say: Say): string {
  return say('written', {
    file,
    municipalities: countOf(lang, 'municipality', bundle.municipalities.length),
    periods: countOf(lang, 'period', bundle.periods.length),
    usage: countOf(lang, 'usageCell', bundle.usage.length),
    suppressed: bundle.usage.filter((c) => c.suppressed).length,
    indicators: countOf(lang, 'indicatorValue', bundle.indicators.length),
    indicatorsSuppressed: bundle.indicators.filter((c) => c.suppressed).length,
  });
}
