import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LANG_CONTROL, SAMPLE_MANIFEST, WIDTH_CONTROL, sized, themed, type Width } from './support.js';

interface Args {
  src: string;
  lang: 'nl' | 'en';
  width: Width;
  theme: boolean;
  expanded: boolean;
}

/**
 * The filter bar shares its filters through an `<mbc-data-source>` with every view on it.
 * Here a product-usage view follows the bar.
 */
const meta: Meta<Args> = {
  title: 'Elements/mbc-filter-bar',
  component: 'mbc-filter-bar',
  args: { src: SAMPLE_MANIFEST, lang: 'nl', width: 'auto', theme: false, expanded: false },
  argTypes: { lang: LANG_CONTROL, width: WIDTH_CONTROL },
  render: (args) => {
    const content = html`<div lang=${args.lang}>
      <mbc-data-source id="story-source" src=${args.src}></mbc-data-source>
      <mbc-filter-bar source="story-source" ?expanded=${args.expanded}></mbc-filter-bar>
      <mbc-product-usage source="story-source" variant="tiles"></mbc-product-usage>
    </div>`;
    return sized(args.width, args.theme ? themed(content) : content);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** In a narrow container the filters fold away behind a disclosure button. */
export const Narrow: Story = { args: { width: 'narrow' } };
/** Narrow, with the filters unfolded. */
export const NarrowExpanded: Story = { args: { width: 'narrow', expanded: true } };
export const CustomTheme: Story = { args: { theme: true } };
