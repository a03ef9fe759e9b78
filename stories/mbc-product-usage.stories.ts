import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  src: string;
  municipality: string;
  lang: 'nl' | 'en';
}

const meta: Meta<Args> = {
  title: 'Views/mbc-product-usage',
  component: 'mbc-product-usage',
  args: { src: '/data/h10-bundle.json', municipality: '', lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  render: (args) => html`<mbc-product-usage lang=${args.lang} src=${args.src} municipality=${args.municipality}></mbc-product-usage>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The H10 region total from the synthetic sample bundle. */
export const Region: Story = {};

/** English labels and messages. */
export const English: Story = { args: { lang: 'en' } };

/** A file that does not exist: the view shows an alert. */
export const Error: Story = { args: { src: '/data/does-not-exist.json' } };
