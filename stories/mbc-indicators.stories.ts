import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { STANDARD_INDICATORS } from '../src/data/indicators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '../src/data/types.js';
import {
  EMPTY_BUNDLE,
  LANG_CONTROL,
  MALFORMED_INDICATORS,
  PENDING,
  SAMPLE_BUNDLE,
  VARIANT_CONTROL,
  WIDTH_CONTROL,
  sized,
  themed,
  type Width,
} from './support.js';

interface Args {
  src: string;
  municipality: string;
  indicator: string;
  lang: 'nl' | 'en';
  variant: 'full' | 'tiles';
  width: Width;
  theme: boolean;
  bundle?: Bundle;
}

const meta: Meta<Args> = {
  title: 'Views/mbc-indicators',
  component: 'mbc-indicators',
  args: { src: SAMPLE_BUNDLE, municipality: '', indicator: '', lang: 'nl', variant: 'full', width: 'auto', theme: false },
  argTypes: {
    lang: LANG_CONTROL,
    variant: VARIANT_CONTROL,
    width: WIDTH_CONTROL,
    indicator: {
      control: 'select',
      options: ['', ...STANDARD_INDICATORS.map((d) => d.id)],
    },
    bundle: { table: { disable: true } },
  },
  render: (args) => {
    const view = html`<mbc-indicators
      lang=${args.lang}
      src=${ifDefined(args.bundle ? undefined : args.src)}
      .bundle=${args.bundle}
      municipality=${args.municipality}
      indicator=${args.indicator}
      variant=${args.variant}
    ></mbc-indicators>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The H10 region total from the synthetic sample bundle, in Dutch. */
export const Region: Story = {};

/** English labels, numbers and messages. */
export const English: Story = { args: { lang: 'en' } };

/** The trend of another indicator, chosen with the `indicator` attribute (or the select). */
export const SatisfactionTrend: Story = { args: { indicator: 'satisfaction' } };

/**
 * Midden-Delfland, small enough that many counts are hidden: "< 5" with dashed stubs, "≥"
 * totals without the hidden quarters, gaps in the lines.
 */
export const HeavySuppression: Story = { args: { municipality: 'Midden-Delfland' } };

/** Only the key-figure tiles, as on the dashboard overview. */
export const Tiles: Story = { args: { variant: 'tiles' } };

/** While the data loads. */
export const Loading: Story = { args: { src: PENDING } };

/**
 * A real malformed Dutch Excel export: the alert names file, line and column. (A usage file:
 * the view then also says it holds no indicators.)
 */
export const MalformedFile: Story = { args: { src: MALFORMED_INDICATORS } };

/** A valid bundle without rows. */
export const Empty: Story = { args: { bundle: EMPTY_BUNDLE } };

/** 320 px wide: everything stacks, nothing scrolls sideways. */
export const Narrow: Story = { args: { width: 'narrow' } };

/** A wide screen. */
export const Wide: Story = { args: { width: 'wide' } };

/** A municipality's house style through NL Design System-style tokens. */
export const CustomTheme: Story = { args: { theme: true } };
