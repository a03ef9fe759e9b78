import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '../src/data/types.js';
import { EMPTY_BUNDLE, PENDING, SAMPLE_MANIFEST, SAMPLE_MODEL, sized, themed, type Width } from './support.js';

/** A real malformed model file: an unknown parameter id (typo "uurtarif") and a duplicate id. */
const MALFORMED_MODEL = '/data/examples/business-case-met-fouten.json';

interface Args {
  src: string;
  municipality: string;
  scenario: string;
  lang: 'nl' | 'en';
  variant: 'full' | 'tiles';
  runs: number;
  seed: number;
  width: Width;
  theme: boolean;
  /** Show the view on a shared `<mbc-data-source>` with the filter bar, instead of its own `src`. */
  shared: boolean;
  bundle?: Bundle;
}

const meta: Meta<Args> = {
  title: 'Views/mbc-business-case',
  component: 'mbc-business-case',
  args: {
    src: SAMPLE_MODEL,
    municipality: '',
    scenario: '',
    lang: 'nl',
    variant: 'full',
    runs: 10000,
    seed: 1,
    width: 'auto',
    theme: false,
    shared: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    variant: { control: 'inline-radio', options: ['full', 'tiles'] },
    scenario: { control: 'select', options: ['', 'pessimistisch', 'verwacht', 'optimistisch'] },
    width: { control: 'inline-radio', options: ['auto', 'narrow', 'wide'] },
    runs: { control: { type: 'number', min: 1, max: 100000, step: 1000 } },
    bundle: { table: { disable: true } },
  },
  render: (args) => {
    const view = args.shared
      ? html`<div lang=${args.lang}>
          <mbc-data-source id="story-business-case" src=${SAMPLE_MANIFEST}></mbc-data-source>
          <mbc-filter-bar source="story-business-case"></mbc-filter-bar>
          <mbc-business-case source="story-business-case" variant=${args.variant} runs=${args.runs} seed=${args.seed}></mbc-business-case>
        </div>`
      : html`<mbc-business-case
          lang=${args.lang}
          src=${ifDefined(args.bundle ? undefined : args.src)}
          .bundle=${args.bundle}
          municipality=${args.municipality}
          scenario=${args.scenario}
          variant=${args.variant}
          runs=${args.runs}
          seed=${args.seed}
        ></mbc-business-case>`;
    return sized(args.width, args.theme ? themed(view) : view);
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The Haaglanden model at its own values: the region total of the ten H10 municipalities. */
export const Region: Story = {};

/** English labels, numbers and messages. */
export const English: Story = { args: { lang: 'en' } };

/** The pessimistic scenario: less effect, more hours per case. */
export const Pessimistic: Story = { args: { scenario: 'pessimistisch' } };

/** The expected scenario. */
export const Expected: Story = { args: { scenario: 'verwacht' } };

/** The optimistic scenario: more effect, fewer hours per case. */
export const Optimistic: Story = { args: { scenario: 'optimistisch' } };

/**
 * On a shared data source with the filter bar: the scenario switch in the view and the one in
 * the bar are the same filter; choose one or several municipalities in the bar.
 */
export const WithFilterBar: Story = { args: { shared: true } };

/** One municipality: its own volumes, without the region-wide items. */
export const OneMunicipality: Story = { args: { municipality: 'Delft' } };

/** Only the key-figure tiles, as on the dashboard overview. */
export const Tiles: Story = { args: { variant: 'tiles' } };

/** While the model loads. */
export const Loading: Story = { args: { src: PENDING } };

/** A malformed model file: the alert lists each problem with its JSON path. */
export const MalformedModel: Story = { args: { src: MALFORMED_MODEL } };

/** Data without a business-case model. */
export const Empty: Story = { args: { bundle: EMPTY_BUNDLE } };

/** 320 px wide: everything stacks, nothing scrolls sideways. */
export const Narrow: Story = { args: { width: 'narrow' } };

/** A wide screen. */
export const Wide: Story = { args: { width: 'wide' } };

/** A municipality's house style through NL Design System-style tokens. */
export const CustomTheme: Story = { args: { theme: true } };
