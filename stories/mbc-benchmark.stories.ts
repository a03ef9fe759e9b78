import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle, UsageCell } from '../src/data/types.js';
import { STANDARD_INDICATORS } from '../src/data/indicators.js';
import { EMPTY_BUNDLE, LANG_CONTROL, MALFORMED_USAGE, PENDING, SAMPLE_BUNDLE, SAMPLE_MANIFEST, WIDTH_CONTROL, sized, themed, type Width } from './support.js';
import { usageCell } from '../src/data/usage-cell.js';

interface Args {
  src: string;
  municipality: string;
  measure: string;
  product: '' | '1' | '2a' | '2b';
  denominator: string;
  lang: 'nl' | 'en';
  width: Width;
  theme: boolean;
  bundle?: Bundle;
  model?: unknown;
}

const cell = (municipality: string, period: string, indications: number | null, suppressed: UsageCell['suppressed'] = false): UsageCell =>
  usageCell({
    municipality,
    period,
    product: '2a',
    indications,
    suppressed,
  });

/**
 * Hand-made: indications of product 2a in 2024 K1 and K2. Per 1,000 inhabitants Delft and
 * Rijswijk share place 1 (0,25), so the next place is 3; Midden-Delfland's count reads "< 5" and
 * Wassenaar's is hidden by secondary suppression: both stand apart, unranked.
 */
const TIES: Bundle = {
  ...EMPTY_BUNDLE,
  municipalities: ['Delft', 'Den Haag', 'Midden-Delfland', 'Rijswijk', 'Wassenaar', 'Westland'],
  periods: ['2024-Q1', '2024-Q2'],
  usage: [
    cell('Delft', '2024-Q1', 10),
    cell('Delft', '2024-Q2', 10),
    cell('Den Haag', '2024-Q1', 30),
    cell('Den Haag', '2024-Q2', 30),
    cell('Midden-Delfland', '2024-Q1', null, 'primary'),
    cell('Midden-Delfland', '2024-Q2', 0),
    cell('Rijswijk', '2024-Q1', 5),
    cell('Rijswijk', '2024-Q2', 5),
    cell('Wassenaar', '2024-Q1', null, 'secondary'),
    cell('Wassenaar', '2024-Q2', 6),
    cell('Westland', '2024-Q1', 8),
    cell('Westland', '2024-Q2', 12),
  ],
};
const INHABITANTS: Record<string, number> = { Delft: 80000, 'Den Haag': 400000, 'Midden-Delfland': 20000, Rijswijk: 40000, Wassenaar: 25000, Westland: 200000 };
const TIES_MODEL = {
  parameters: [{ id: 'inwoners', label: 'Inwoners', unit: '', value: 1 }],
  municipalities: Object.entries(INHABITANTS).map(([label, inwoners]) => ({ id: label, label, values: { inwoners } })),
};

const meta: Meta<Args> = {
  title: 'Views/mbc-benchmark',
  component: 'mbc-benchmark',
  args: { src: SAMPLE_MANIFEST, municipality: 'Delft', measure: '', product: '', denominator: 'inwoners', lang: 'nl', width: 'auto', theme: false },
  argTypes: {
    lang: LANG_CONTROL,
    width: WIDTH_CONTROL,
    product: { control: 'inline-radio', options: ['', '1', '2a', '2b'] },
    measure: {
      control: 'select',
      options: ['', 'indications', 'hours-per-indication', 'over-cap-share', ...STANDARD_INDICATORS.map((d) => `indicator:${d.id}`)],
    },
    bundle: { table: { disable: true } },
    model: { table: { disable: true } },
  },
  render: (args) => {
    const own = args.bundle !== undefined;
    const view = html`<mbc-benchmark
      lang=${args.lang}
      src=${ifDefined(own ? undefined : args.src)}
      .bundle=${args.bundle}
      .model=${args.model}
      municipality=${args.municipality}
      measure=${args.measure}
      product=${args.product}
      denominator=${args.denominator}
    ></mbc-benchmark>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Indications of product 2a per 1,000 inhabitants (the model's `inwoners`), Delft highlighted. */
export const Region: Story = {};

/** English labels, numbers and notes. */
export const English: Story = { args: { lang: 'en' } };

/** Equal values share a place (1, 1, 3, 4); a "< 5" and a secondarily hidden count stand apart, unranked. */
export const TiesAndHidden: Story = { args: { bundle: TIES, model: TIES_MODEL, municipality: 'Rijswijk' } };

/** The chosen municipality is itself hidden: not ranked, its tile says why. */
export const ChosenHidden: Story = { args: { bundle: TIES, model: TIES_MODEL, municipality: 'Midden-Delfland' } };

/** Hours per indication of product 2b: compared as they are, never per 1,000. */
export const HoursPerIndication: Story = { args: { measure: 'hours-per-indication', product: '2b' } };

/** The share of 2a indications over the 25-hour cap, as a percentage. */
export const OverCapShare: Story = { args: { measure: 'over-cap-share' } };

/** An indicator: prevented VTOs, a count, per 1,000 inhabitants. */
export const Indicator: Story = { args: { measure: 'indicator:vto_prevented' } };

/** A mean (OTS duration in months): never a rate. */
export const MeanIndicator: Story = { args: { measure: 'indicator:ots_duration_months' } };

/** Product 2b in Midden-Delfland: many small counts, hidden and unranked. */
export const HeavySuppression: Story = { args: { product: '2b', municipality: 'Midden-Delfland' } };

/** A bundle without a model: no denominator, counts are compared as counts (the note says so). */
export const WithoutDenominator: Story = { args: { src: SAMPLE_BUNDLE } };

/** No municipality chosen: nothing highlighted, a hint where the place would be. */
export const NoneChosen: Story = { args: { municipality: '' } };

/** While the data loads. */
export const Loading: Story = { args: { src: PENDING } };

/** A real malformed Dutch Excel export: the alert names file, line and column. */
export const MalformedFile: Story = { args: { src: MALFORMED_USAGE } };

/** A valid bundle without rows. */
export const Empty: Story = { args: { bundle: EMPTY_BUNDLE } };

/** 320 px wide: controls and tiles stack, nothing scrolls sideways. */
export const Narrow: Story = { args: { width: 'narrow' } };

/** In a municipality's house style (NL Design System-style tokens). */
export const CustomTheme: Story = { args: { theme: true } };
