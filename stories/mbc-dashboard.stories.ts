import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MbcDashboard } from '../components/mbc-dashboard/mbc-dashboard.component.js';
import { LANG_CONTROL, MALFORMED_USAGE, PENDING, SAMPLE_MANIFEST, WIDTH_CONTROL, sized, themed, type Width } from './support.js';

interface Args {
  src: string;
  lang: 'nl' | 'en';
  layout: 'tabs' | 'sections';
  page: 'overview' | 'business-case' | 'costs' | 'usage' | 'indicators' | 'benchmark';
  width: Width;
  theme: boolean;
}

/** The whole dashboard: data source, filters, overview and the five views. */
const meta: Meta<Args> = {
  title: 'Views/mbc-dashboard',
  component: 'mbc-dashboard',
  args: { src: SAMPLE_MANIFEST, lang: 'nl', layout: 'tabs', page: 'overview', width: 'auto', theme: false },
  argTypes: {
    lang: LANG_CONTROL,
    layout: { control: 'inline-radio', options: ['tabs', 'sections'] },
    page: { control: 'select', options: ['overview', 'business-case', 'costs', 'usage', 'indicators', 'benchmark'] },
    width: WIDTH_CONTROL,
  },
  render: (args) => {
    const dashboard = html`<mbc-dashboard lang=${args.lang} src=${args.src} layout=${args.layout} page=${args.page}></mbc-dashboard>`;
    return sized(args.width, args.theme ? themed(dashboard) : dashboard);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Overview: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const BusinessCase: Story = { args: { page: 'business-case' } };
export const ImplementationCosts: Story = { args: { page: 'costs' } };
export const ProductUsage: Story = { args: { page: 'usage' } };
export const Indicators: Story = { args: { page: 'indicators' } };
/** The "Vergelijken" tab: one measure across the municipalities; its code loads when the tab opens. */
export const Benchmark: Story = { args: { page: 'benchmark' } };
/** Every section below each other, as printed on A4 landscape. */
export const Sections: Story = { args: { layout: 'sections' } };
export const Loading: Story = { args: { src: PENDING } };
export const MalformedFile: Story = { args: { src: MALFORMED_USAGE } };
export const Narrow: Story = { args: { width: 'narrow' } };
export const Wide: Story = { args: { width: 'wide' } };
export const CustomTheme: Story = { args: { theme: true } };

/**
 * The print state, once the data are in: the cover block (title, area, scenario, periods, data
 * date, "illustratief") above every page of the dashboard, laid out at the width of an A4
 * landscape page with every chart drawn at that width, as `print()` leaves it before it opens
 * the print dialog. The browser's print preview (or print emulation in its developer tools)
 * shows the pages with the title and page numbers in their margins.
 */
export const Print: Story = {
  render: (args) =>
    html`<mbc-dashboard
      lang=${args.lang}
      src=${args.src}
      page=${args.page}
      @mbc-load=${(event: Event) => void (event.currentTarget as MbcDashboard).preparePrint('all')}
    ></mbc-dashboard>`,
};
/** "Deze weergave afdrukken": the open page alone (here the implementation costs) below the cover. */
export const PrintOneView: Story = {
  args: { page: 'costs' },
  render: (args) =>
    html`<mbc-dashboard
      lang=${args.lang}
      src=${args.src}
      page=${args.page}
      @mbc-load=${(event: Event) => void (event.currentTarget as MbcDashboard).preparePrint('view')}
    ></mbc-dashboard>`,
};
