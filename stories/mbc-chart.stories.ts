import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { indicationsPerQuarter } from '../src/specs/product-usage.js';
import type { UsageCell } from '../src/data/types.js';
import { sized, type Width } from './support.js';

interface Args {
  heading: string;
  lang: 'nl' | 'en';
  width: Width;
}

const routes = { ots_prevented: null, ots_ended_early: null, ots_required: null, ots_collaboration: null };
const cells: UsageCell[] = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'].flatMap((period, i) =>
  (['1', '2a', '2b'] as const).map((product, j) => {
    const n = 3 + i * 4 + j * 5;
    const suppressed = n < 5 ? ('primary' as const) : false;
    return { municipality: 'Voorbeeld', period, product, indications: suppressed ? null : n, families: null, hoursUsed: null, hoursAvailable: null, meanHoursUsed: null, medianHoursUsed: null, overCap: null, ltExtraHours: null, routes, suppressed };
  }),
);

/** The base chart element: any ChartModel from `src/specs`, with summary, table and exports. */
const meta: Meta<Args> = {
  title: 'Elements/mbc-chart',
  component: 'mbc-chart',
  args: { heading: 'Indicaties per kwartaal', lang: 'nl', width: 'auto' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] }, width: { control: 'inline-radio', options: ['auto', 'narrow', 'wide'] } },
  render: (args) => sized(args.width, html`<mbc-chart lang=${args.lang} heading=${args.heading} .chart=${indicationsPerQuarter(cells, { lang: args.lang })}></mbc-chart>`),
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en', heading: 'Indications per quarter' } };
export const Narrow: Story = { args: { width: 'narrow' } };
