import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LANG_CONTROL, MALFORMED_USAGE, PENDING, SAMPLE_MANIFEST } from './support.js';

interface Args {
  src: string;
  lang: 'nl' | 'en';
}

/**
 * `<mbc-data-source>` renders nothing itself: it loads once for every view that names it.
 * Two separately placed views share it here; a click on a municipality in one filters both.
 */
const meta: Meta<Args> = {
  title: 'Elements/mbc-data-source',
  component: 'mbc-data-source',
  args: { src: SAMPLE_MANIFEST, lang: 'nl' },
  argTypes: { lang: LANG_CONTROL },
  render: (args) => html`<div lang=${args.lang}>
    <mbc-data-source id="shared" src=${args.src}></mbc-data-source>
    <mbc-filter-bar source="shared"></mbc-filter-bar>
    <h3>Weergave 1</h3>
    <mbc-product-usage source="shared" variant="tiles"></mbc-product-usage>
    <h3>Weergave 2</h3>
    <mbc-product-usage source="shared"></mbc-product-usage>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const SharedByTwoViews: Story = {};
export const Loading: Story = { args: { src: PENDING } };
export const MalformedFile: Story = { args: { src: MALFORMED_USAGE } };
