import { runtime } from '../../../components/mbc-chart/vega-runtime.js';
import { createTemplateView } from '../../../components/mbc-chart/draw.js';
import type { TemplateChart } from '../../../src/specs/chart-model.js';
import { DEFAULT_THEME, type Theme } from '../../../src/specs/theme.js';

/**
 * Draw a template chart in Node with the trimmed runtime of `<mbc-chart>` (headless) and return
 * its SVG: what the browser draws, minus fonts. A transform the runtime lacks fails here.
 */
export async function drawSvg(chart: TemplateChart, options: { width?: number; theme?: Theme; exportTitle?: string[] } = {}): Promise<string> {
  const view = await createTemplateView(runtime, chart, {
    theme: options.theme ?? DEFAULT_THEME,
    width: options.width ?? 600,
    exportTitle: options.exportTitle,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The text of every SVG `<text>` element with the given role class (e.g. `role-axis-title`). */
export function svgTexts(svg: string, role: string): string[] {
  const texts: string[] = [];
  for (const group of svg.split(`class="mark-text ${role}"`).slice(1)) {
    const end = group.indexOf('</g>');
    // A multi-line text has a <tspan> per line: its lines joined by a space.
    for (const m of group.slice(0, end).matchAll(/<text[^>]*>(.*?)<\/text>/g))
      texts.push(decode(m[1]!.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, '')));
  }
  return texts;
}

/** The number of marks in each group of a mark type (`rect`, `symbol`, `text`, `line`, `rule`). */
export function markCount(svg: string, type: string): number {
  let n = 0;
  for (const group of svg.split(`class="mark-${type} role-mark`).slice(1)) {
    const body = group.slice(group.indexOf('>') + 1, group.indexOf('</g>'));
    n += (body.match(/<(path|text|line)\b/g) ?? []).length;
  }
  return n;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
