import type { BusinessCaseResult } from '../model/types.js';
import type { Theme } from './theme.js';
import type { ChartOptions, ExportContext } from './options.js';

/** Options of the charts of a business case (the business-case and implementation-costs views). */
export interface CaseChartOptions extends Omit<ChartOptions, 'context'> {
  /**
   * What the case is: a full export context, or (as before) a short name such as
   * "Delft pessimistisch", which then becomes the subject of exports and file names.
   */
  context?: ExportContext | string;
  /** Ignored: `<mbc-chart>` takes the theme from CSS. Kept so older callers still compile. */
  theme?: Theme;
}

/**
 * The export context of a case chart: the caller's context, completed from the result with the
 * years it covers and whether any item rests on illustrative prices.
 */
export function caseContext(result: Pick<BusinessCaseResult, 'years' | 'byItem' | 'startYear'> | null, options: CaseChartOptions): ExportContext {
  const given = typeof options.context === 'string' ? { subject: options.context.trim() } : (options.context ?? {});
  const years = result?.years ?? [];
  const period = years.length ? `${years[0]!.year}–${years.at(-1)!.year}` : undefined;
  return { period, illustrative: result?.byItem.some((i) => i.illustrative) ?? false, ...given };
}
