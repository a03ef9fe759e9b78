import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { indicationsPerQuarter } from '../src/specs/product-usage/indications.js';
import type { CustomChart } from '../src/specs/chart-model.js';
import type { UsageCell } from '../src/data/types.js';
import { usageCell } from '../src/data/usage-cell.js';
import { LANG_CONTROL, WIDTH_CONTROL, sized, type Width } from './support.js';

interface Args {
  heading: string;
  lang: 'nl' | 'en';
  width: Width;
  custom: boolean;
}

const cells: UsageCell[] = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].flatMap((period, i) =>
  (['1', '2a', '2b'] as const).map((product, j) => {
    const n = 3 + i * 4 + j * 5;
    const suppressed = n < 5 ? ('primary' as const) : false;
    return usageCell({ municipality: 'Voorbeeld', period, product, indications: suppressed ? null : n, suppressed });
  }),
);

/**
 * A municipality's own chart: any Vega-Lite spec with its data inline. `<mbc-chart>` loads
 * vega-lite and vega-embed for it, and only for it.
 */
const ownChart: CustomChart = {
  spec: {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    height: 200,
    data: {
      values: [
        { wijk: 'Noord', gesprekken: 28 },
        { wijk: 'Oost', gesprekken: 41 },
        { wijk: 'Zuid', gesprekken: 17 },
        { wijk: 'West', gesprekken: 33 },
      ],
    },
    mark: { type: 'bar', tooltip: true },
    encoding: { x: { field: 'wijk', type: 'nominal', title: 'Wijk' }, y: { field: 'gesprekken', type: 'quantitative', title: 'Gesprekken' } },
  },
  summary: 'Gesprekken per wijk: de meeste in Oost (41), de minste in Zuid (17).',
  table: {
    caption: 'Gesprekken per wijk',
    columns: [
      { key: 'wijk', label: 'Wijk' },
      { key: 'gesprekken', label: 'Gesprekken', numeric: true },
    ],
    rows: [
      { wijk: 'Noord', gesprekken: '28' },
      { wijk: 'Oost', gesprekken: '41' },
      { wijk: 'Zuid', gesprekken: '17' },
      { wijk: 'West', gesprekken: '33' },
    ],
  },
  fileName: 'gesprekken-per-wijk',
};

/** The chart element: a library chart (a precompiled template), or a Vega-Lite spec of your own. */
const meta: Meta<Args> = {
  title: 'Elements/mbc-chart',
  component: 'mbc-chart',
  args: { heading: 'Indicaties per kwartaal', lang: 'nl', width: 'auto', custom: false },
  argTypes: {
    lang: LANG_CONTROL,
    width: WIDTH_CONTROL,
  },
  render: (args) =>
    sized(
      args.width,
      html`<mbc-chart lang=${args.lang} heading=${args.heading} .chart=${args.custom ? ownChart : indicationsPerQuarter(cells, { lang: args.lang, context: { subject: 'Voorbeeld' } })}></mbc-chart>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** A library chart, with hidden cells as hatched placeholders at zero. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en', heading: 'Indications per quarter' } };
export const Narrow: Story = { args: { width: 'narrow' } };
/** A chart of your own, from a Vega-Lite spec: vega-lite and vega-embed load for this one only. */
export const OwnVegaLiteSpec: Story = { args: { custom: true, heading: 'Gesprekken per wijk' } };
