import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LANG_CONTROL, PENDING, SAMPLE_MANIFEST, WIDTH_CONTROL, sized, themed, type Width } from './support.js';

interface Args {
  src: string;
  lang: 'nl' | 'en';
  charts: 'all' | 'business-case' | 'usage' | 'indicators';
  width: Width;
  theme: boolean;
  tiles: boolean;
}

const meta: Meta<Args> = {
  title: 'Views/mbc-overview',
  component: 'mbc-overview',
  args: { src: SAMPLE_MANIFEST, lang: 'nl', charts: 'all', width: 'auto', theme: false, tiles: false },
  argTypes: {
    lang: LANG_CONTROL,
    charts: { control: 'inline-radio', options: ['all', 'business-case', 'usage', 'indicators'] },
    width: WIDTH_CONTROL,
  },
  render: (args) => {
    const view = html`<mbc-overview lang=${args.lang} src=${args.src} charts=${args.charts} ?tiles=${args.tiles}></mbc-overview>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The four charts of the dashboard's overview, from the H10 sample (bundle and model). */
export const AllFour: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Only the business case's two charts. */
export const BusinessCase: Story = { args: { charts: 'business-case' } };
export const Narrow: Story = { args: { width: 'narrow' } };
/** With the key figures of every view above the charts, as the dashboard's overview shows them. */
export const WithTiles: Story = { args: { tiles: true } };
/** The usage part alone, with its tiles. */
export const UsageTiles: Story = { args: { charts: 'usage', tiles: true } };
export const CustomTheme: Story = { args: { theme: true } };
/** While the data loads. */
export const Loading: Story = { args: { src: PENDING } };
