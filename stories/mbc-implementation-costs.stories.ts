import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/mbc-implementation-costs/mbc-implementation-costs.js';
import {
  LANG_CONTROL,
  MUNICIPALITY_CONTROL,
  PENDING,
  SAMPLE_MANIFEST,
  SAMPLE_MODEL,
  SCENARIO_CONTROL,
  VARIANT_CONTROL,
  WIDTH_CONTROL,
  sized,
  themed,
  type Width,
} from './support.js';

/** A real malformed model file (shared with the business-case stories): a duplicate id and a typo in a parameter id. */
const MALFORMED_MODEL = '/data/examples/business-case-met-fouten.json';

interface Args {
  src: string;
  municipality: string;
  scenario: string;
  productiveHours?: number;
  lang: 'nl' | 'en';
  variant: 'full' | 'tiles';
  width: Width;
  theme: boolean;
}

const meta: Meta<Args> = {
  title: 'Views/mbc-implementation-costs',
  component: 'mbc-implementation-costs',
  args: { src: SAMPLE_MODEL, municipality: '', scenario: '', lang: 'nl', variant: 'full', width: 'auto', theme: false },
  argTypes: {
    lang: LANG_CONTROL,
    variant: VARIANT_CONTROL,
    width: WIDTH_CONTROL,
    scenario: SCENARIO_CONTROL,
    municipality: MUNICIPALITY_CONTROL,
    productiveHours: { control: { type: 'number', min: 800, max: 1800, step: 10 } },
  },
  render: (args) => {
    const view = html`<mbc-implementation-costs
      lang=${args.lang}
      src=${args.src}
      municipality=${args.municipality}
      scenario=${args.scenario}
      productive-hours=${ifDefined(args.productiveHours)}
      variant=${args.variant}
    ></mbc-implementation-costs>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The Haaglanden model, region total (the ten municipalities), at the model's own values. */
export const Region: Story = {};

/** English labels, numbers and messages. */
export const English: Story = { args: { lang: 'en' } };

/** One municipality with its own volumes; the region-wide items are left out. */
export const OneMunicipality: Story = { args: { municipality: 'Delft' } };

/** Scenario "doorgaan-pessimistisch": continue, with less effect and more hours per case. */
export const Pessimistic: Story = { args: { scenario: 'doorgaan-pessimistisch' } };

/** Scenario "doorgaan": continue as now; the start-up costs already made are left out. */
export const Expected: Story = { args: { scenario: 'doorgaan' } };

/** Scenario "doorgaan-optimistisch": continue, with more effect and fewer hours per case. */
export const Optimistic: Story = { args: { scenario: 'doorgaan-optimistisch' } };

/** The page sets the productive hours per FTE, overriding the model (here the GI norm of 1,244 hours). */
export const ProductiveHours: Story = { args: { productiveHours: 1244 } };

/** Only the key-figure tiles, as on the dashboard overview. */
export const Tiles: Story = { args: { variant: 'tiles' } };

/** While the model loads. */
export const Loading: Story = { args: { src: PENDING } };

/** A malformed model file: the alert lists each problem with its JSON path; no figures are shown. */
export const MalformedModel: Story = { args: { src: MALFORMED_MODEL } };

/** 320 px wide: everything stacks; only the items table scrolls, inside its own region. */
export const Narrow: Story = { args: { width: 'narrow' } };

/** A wide screen. */
export const Wide: Story = { args: { width: 'wide' } };

/** A municipality's house style through NL Design System-style tokens. */
export const CustomTheme: Story = { args: { theme: true } };

/** With a shared source and the filter bar: municipality and scenario are chosen there. */
export const SharedSource: Story = {
  render: (args) =>
    sized(
      args.width,
      html`<mbc-data-source id="costs-story" src=${SAMPLE_MANIFEST}></mbc-data-source>
        <mbc-filter-bar source="costs-story" lang=${args.lang}></mbc-filter-bar>
        <mbc-implementation-costs source="costs-story" lang=${args.lang}></mbc-implementation-costs>`,
    ),
};
