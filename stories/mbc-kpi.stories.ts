import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LANG_CONTROL, WIDTH_CONTROL, sized, themed, type Width } from './support.js';

interface Args {
  label: string;
  value: string;
  note: string;
  illustrative: boolean;
  lang: 'nl' | 'en';
  width: Width;
  theme: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/mbc-kpi',
  component: 'mbc-kpi',
  args: {
    label: 'Netto contante waarde',
    value: '€ 1.234.567',
    note: 'over 5 jaar, discontovoet 2,25%',
    illustrative: false,
    lang: 'nl',
    width: 'auto',
    theme: false,
  },
  argTypes: { lang: LANG_CONTROL, width: WIDTH_CONTROL },
  render: (args) => {
    const tile = html`<mbc-kpi lang=${args.lang} label=${args.label} value=${args.value} note=${args.note} ?illustrative=${args.illustrative}></mbc-kpi>`;
    return sized(args.width, args.theme ? themed(tile) : tile);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** A figure resting on a price no document supports. */
export const Illustrative: Story = { args: { illustrative: true } };
export const English: Story = {
  args: { lang: 'en', label: 'Net present value', value: '€1,234,567', note: 'over 5 years, discount rate 2.25%', illustrative: true },
};
/** A long Dutch label in a narrow column. */
export const Narrow: Story = { args: { width: 'narrow', label: 'Contante waarde van de structurele implementatiekosten' } };
export const CustomTheme: Story = { args: { theme: true } };
/** A phrase and a long amount in a narrow column: the phrase wraps between its words, the amount stays whole. */
export const LongValue: Story = {
  args: { width: 'narrow', label: 'Terugverdiend in', value: 'niet binnen 10 jaar', note: 'niet binnen 10 jaar (t/m 2035)', illustrative: true },
};
/** A count that disclosure control hides. */
export const Hidden: Story = { args: { label: 'Indicaties', value: 'afgeschermd', note: '' } };
/** Terms a council member may not know explain themselves: hover, focus or tap the "?". */
export const Terms: Story = {
  args: { label: 'Baten-kostenverhouding', value: '1,24', note: 'contante baten ÷ contante kosten, discontovoet 2,25%', illustrative: true },
};
