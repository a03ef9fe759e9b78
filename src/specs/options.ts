import type { Lang } from '../i18n/lang.js';
import { chartText } from '../i18n/chart-messages.js';
import { slug } from './chart-model.js';
import type { ExportContext } from '../select/export-context.js';

export type { ExportContext };

/** Options every spec builder takes. */
export interface ChartOptions {
  /** Language of every string; Dutch by default. */
  lang?: Lang;
  /** The bundle's suppression threshold: a hidden count reads "< threshold". Default 5. */
  threshold?: number;
  /** What the figures are of, for exports and file names. */
  context?: ExportContext;
}

export interface ResolvedOptions {
  lang: Lang;
  threshold: number;
  context: ExportContext;
}

export function resolveOptions(options: ChartOptions = {}): ResolvedOptions {
  return { lang: options.lang ?? 'nl', threshold: options.threshold ?? 5, context: options.context ?? {} };
}

/** The lines an export carries: the title, then each part of the context that is known. */
export function exportLines(title: string, context: ExportContext, lang: Lang): string[] {
  const lines = [title];
  if (context.subject) lines.push(context.subject);
  if (context.period) lines.push(chartText(lang, 'export.period', { period: context.period }));
  if (context.scenario) lines.push(chartText(lang, 'export.scenario', { scenario: context.scenario }));
  if (context.illustrative) lines.push(chartText(lang, 'export.illustrative'));
  if (context.dataDate) lines.push(chartText(lang, 'export.dataDate', { date: context.dataDate }));
  return lines;
}

/**
 * An export's base file name: the title (cut to 50 characters) and the subject, e.g.
 * `routes-van-de-casussen-delft`, so that downloads for different municipalities differ.
 */
export function chartFileName(title: string, context: ExportContext): string {
  return context.subject ? `${slug(title, 50)}-${slug(context.subject, 40)}` : slug(title);
}

/** A chart's file name and export lines (`fileTitle` names the file where it is shorter than the title). */
export function exportOf(title: string, context: ExportContext, lang: Lang, fileTitle = title) {
  return { fileName: chartFileName(fileTitle, context), exportLines: exportLines(title, context, lang) };
}
