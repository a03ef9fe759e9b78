import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Bundle } from '../src/data/types.js';
import {
  EMPTY_BUNDLE,
  LANG_CONTROL,
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

/** A real malformed model file: an unknown parameter id (typo "uurtarif") and a duplicate id. */
const MALFORMED_MODEL = '/data/examples/business-case-met-fouten.json';
/** A valid version-2 model with two warnings: a value outside its range, an item beyond the horizon. */
const WARNINGS_MODEL = '/data/examples/business-case-waarschuwingen.json';
/**
 * A manifest whose parameter sheet has errors: an unknown municipality column ("Leidschendam"), a
 * misspelt parameter ("uurtarif-gi"), text for a number, a repeated row, and a value outside its
 * range (a warning).
 */
const SHEET_WITH_ERRORS = '/data/examples/parameterblad-met-fouten.json';
/** A small model whose ranged volume (indications 2a) each municipality reads from the sample data. */
const PER_MUNICIPALITY = '/data/examples/gegevens-per-gemeente.json';

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
    lang: LANG_CONTROL,
    variant: VARIANT_CONTROL,
    scenario: SCENARIO_CONTROL,
    width: WIDTH_CONTROL,
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

/**
 * The Haaglanden model at its own values: the introduction from scratch, with every start-up
 * cost, for the region total of the ten H10 municipalities; cash against capacity, and the
 * alternatives continue, broaden and stop side by side.
 */
export const Region: Story = {};

/** English labels, numbers and messages. */
export const English: Story = { args: { lang: 'en' } };

/**
 * A ranged assumption that each municipality reads from its own data (indications 2a in 2025):
 * in the region total the view says that sensitivity, Monte Carlo and break-even put one value
 * in every municipality for it, and the break-even sentence gives the case's own NPV too.
 */
export const DiffersPerMunicipality: Story = { args: { src: PER_MUNICIPALITY } };

/** The same model for one municipality: the sliders and the break-even start at its value from the data. */
export const DiffersPerMunicipalityOne: Story = { args: { src: PER_MUNICIPALITY, municipality: 'Wassenaar' } };

/** Continue as now (expected): the start-up costs already made are left out, and named. */
export const Continue: Story = { args: { scenario: 'doorgaan' } };

/** Broaden to 30% more families, with the training of the extra staff. */
export const Broaden: Story = { args: { scenario: 'verbreden' } };

/** Stop: no more costs or benefits against the null alternative. */
export const Stop: Story = { args: { scenario: 'stoppen' } };

/** Continue, pessimistic: less effect, more hours per case. */
export const Pessimistic: Story = { args: { scenario: 'doorgaan-pessimistisch' } };

/** Continue, optimistic: more effect, fewer hours per case. */
export const Optimistic: Story = { args: { scenario: 'doorgaan-optimistisch' } };

/**
 * Model and data together (the manifest): the volumes bound to the H10 sample data, with the
 * "Gerealiseerd" figures planned against realised and a notice for each suppressed binding.
 */
export const Realised: Story = { args: { src: SAMPLE_MANIFEST } };

/** Realised figures for one municipality, in English. */
export const RealisedEnglish: Story = { args: { src: SAMPLE_MANIFEST, municipality: 'Delft', lang: 'en' } };

/** A municipality whose published data is suppressed: every bound value falls back to the plan, and the notice says why. */
export const RealisedSuppressed: Story = { args: { src: SAMPLE_MANIFEST, municipality: 'Midden-Delfland' } };

/**
 * Each municipality's values from the parameter sheet the manifest names (`parameters-h10.csv`),
 * for Delft: the assumptions' "Bron" column ends with the sheet's name and the municipalities it
 * gave a value, for every parameter it fills.
 */
export const ParameterSheet: Story = { args: { src: SAMPLE_MANIFEST, municipality: 'Delft' } };

/**
 * A parameter sheet with errors is not applied: the alert lists each problem with the sheet's
 * file, line and column, and the model computes with its own values.
 */
export const ParameterSheetWithErrors: Story = { args: { src: SHEET_WITH_ERRORS, municipality: 'Delft' } };

/** A valid model with warnings (a value outside its range, an item beyond the horizon): a notice, and every chart still draws. */
export const Warnings: Story = { args: { src: WARNINGS_MODEL } };

/** A municipality carries its share of the regional programme lead (by inhabitants); the items no municipality carries are named. */
export const AllocatedRegionItems: Story = { args: { scenario: 'doorgaan', municipality: 'Den Haag' } };

/** Never paid back within the horizon (pessimistic, one small municipality), in the narrow tiles: the tile reads "na 2035" and is never cut off. */
export const NeverPaidBack: Story = { args: { scenario: 'doorgaan-pessimistisch', municipality: 'Midden-Delfland', variant: 'tiles', width: 'narrow' } };

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
