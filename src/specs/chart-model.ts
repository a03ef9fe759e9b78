import type { Config, TopLevelSpec } from 'vega-lite';

/** One column of a chart's data table. */
export interface TableColumn {
  key: string;
  label: string;
  /** Right-align numbers. */
  numeric?: boolean;
}

/**
 * Everything a chart element needs, built by a pure spec builder: the Vega-Lite spec, the
 * one- or two-sentence summary used as the chart's accessible name, the data table of exactly
 * what is drawn (already formatted and suppressed), and a base file name for exports.
 */
export interface ChartModel {
  spec: TopLevelSpec;
  summary: string;
  table: {
    caption: string;
    columns: TableColumn[];
    /** Display text per column key; suppressed values are already "< 5". */
    rows: Record<string, string>[];
  };
  fileName: string;
  /**
   * Clicking a mark (or the matching table cell, from the keyboard) selects the value of this
   * datum field; views use it to cross-filter, e.g. `{field: 'municipality', column: 'municipality'}`.
   */
  select?: { field: string; column: string };
}

/** A file-name-safe slug: lower case, ASCII, dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'grafiek';
}

/** The Vega-Lite schema every spec declares. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The frame every chart shares: the schema, its title as description, the container's width
 * (the chart resizes with its element) and a height.
 */
export function chartFrame(description: string, height: number, config: Config) {
  return { $schema: VEGA_LITE_SCHEMA, description, width: 'container' as const, height, config };
}

/**
 * Height for a horizontal bar chart of `n` rows. A `{step}` height would be simpler, but
 * Vega-Lite then warns that it drops "fit-y" when the width is "container".
 */
export function bandHeight(n: number, step = 30): number {
  return Math.max(2, n) * step;
}
