import { html, type TemplateResult } from 'lit';
import type { Bundle } from '../src/data/types.js';
import sampleModel from '../data/business-case.haaglanden.json' with { type: 'json' };

/** The synthetic H10 sample (see data/README.md). */
export const SAMPLE_BUNDLE = '/data/h10-bundle.json';
export const SAMPLE_MANIFEST = '/data/manifest.json';
export const SAMPLE_MODEL = '/data/business-case.haaglanden.json';
/** A real malformed Dutch Excel export: an unknown product, an impossible date, text for hours. */
export const MALFORMED_USAGE = '/data/examples/gebruik-met-fouten.csv';
/** A malformed indicators export. */
export const MALFORMED_INDICATORS = '/data/examples/indicatoren-met-fouten.csv';
/** A URL the Storybook preview never answers, to show the loading state. */
export const PENDING = '/__mbc_pending__.json';

/** A valid bundle without any rows. */
export const EMPTY_BUNDLE: Bundle = {
  format: 'mbc-bundle',
  version: 2,
  suppressionThreshold: 5,
  municipalities: [],
  periods: [],
  usage: [],
  usageRegion: [],
  indicators: [],
  indicatorsRegion: [],
  warnings: [],
};

export type Width = 'auto' | 'narrow' | 'wide';

/** Wrap a story in a container of the given width (320 px narrow, 1400 px wide). */
export function sized(width: Width, content: TemplateResult): TemplateResult {
  if (width === 'narrow') return html`<div class="story-narrow">${content}</div>`;
  if (width === 'wide') return html`<div class="story-wide">${content}</div>`;
  return content;
}

/** Wrap a story in a municipality's house style, with NL Design System-style tokens. */
export function themed(content: TemplateResult): TemplateResult {
  return html`<div class="story-theme">${content}</div>`;
}

/** The controls every story shares: its language, its width and, for a view, its variant. */
export const LANG_CONTROL = { control: 'inline-radio', options: ['nl', 'en'] } as const;
export const WIDTH_CONTROL = { control: 'inline-radio', options: ['auto', 'narrow', 'wide'] } as const;
export const VARIANT_CONTROL = { control: 'inline-radio', options: ['full', 'tiles'] } as const;
/** The sample model's municipalities and scenarios (from its file, so a control never offers one it lacks). */
export const MUNICIPALITY_CONTROL = { control: 'select', options: ['', ...sampleModel.municipalities.map((m) => m.label)] } as const;
export const SCENARIO_CONTROL = { control: 'select', options: ['', ...sampleModel.scenarios.map((s) => s.id)] } as const;
