import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '../src/data/types.js';
import { EMPTY_BUNDLE, LANG_CONTROL, MALFORMED_USAGE, PENDING, SAMPLE_BUNDLE, VARIANT_CONTROL, WIDTH_CONTROL, sized, themed, type Width } from './support.js';

interface Args {
  src: string;
  municipality: string;
  lang: 'nl' | 'en';
  variant: 'full' | 'tiles';
  width: Width;
  theme: boolean;
  bundle?: Bundle;
}

const meta: Meta<Args> = {
  title: 'Views/mbc-product-usage',
  component: 'mbc-product-usage',
  args: { src: SAMPLE_BUNDLE, municipality: '', lang: 'nl', variant: 'full', width: 'auto', theme: false },
  argTypes: {
    lang: LANG_CONTROL,
    variant: VARIANT_CONTROL,
    width: WIDTH_CONTROL,
    bundle: { table: { disable: true } },
  },
  render: (args) => {
    const view = html`<mbc-product-usage
      lang=${args.lang}
      src=${ifDefined(args.bundle ? undefined : args.src)}
      .bundle=${args.bundle}
      municipality=${args.municipality}
      variant=${args.variant}
    ></mbc-product-usage>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The H10 region total from the synthetic sample bundle. */
export const Region: Story = {};

/** English labels, numbers and messages. */
export const English: Story = { args: { lang: 'en' } };

/** Midden-Delfland, small enough that most cells are suppressed ("< 5", dashed bars). */
export const HeavySuppression: Story = { args: { municipality: 'Midden-Delfland' } };

/** Only the key-figure tiles, as on the dashboard overview. */
export const Tiles: Story = { args: { variant: 'tiles' } };

/** While the data loads. */
export const Loading: Story = { args: { src: PENDING } };

/** A malformed Excel export: the alert names file, line and column; the valid rows still show. */
export const MalformedFile: Story = { args: { src: MALFORMED_USAGE } };

/** A valid bundle without rows. */
export const Empty: Story = { args: { bundle: EMPTY_BUNDLE } };

/** 320 px wide: everything stacks, nothing scrolls sideways. */
export const Narrow: Story = { args: { width: 'narrow' } };

/** A wide screen. */
export const Wide: Story = { args: { width: 'wide' } };

/** A municipality's house style through NL Design System-style tokens. */
export const CustomTheme: Story = { args: { theme: true } };
