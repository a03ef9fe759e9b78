import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../components/mbc-chart/mbc-chart.js';
import '../../components/mbc-product-usage/mbc-product-usage.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import { indicationsPerQuarter } from '../../src/specs/product-usage/indications.js';
import { DARK_THEME } from '../../src/specs/theme.js';
import type { UsageCell } from '../../src/data/types.js';
import { usageCell } from '../../src/data/usage-cell.js';

const cell = (period: string, product: '1' | '2a' | '2b', indications: number): UsageCell =>
  usageCell({
    municipality: 'X',
    period,
    product,
    indications,
  });
const chart = indicationsPerQuarter([cell('2024-Q1', '2a', 12), cell('2024-Q1', '2b', 7)]);

async function drawIn(wrapper: string, style: string): Promise<MbcChart> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.innerHTML = `<${wrapper} class="themed"><mbc-chart></mbc-chart></${wrapper}>`;
  host.querySelector<HTMLElement>('.themed')!.style.cssText = style;
  const el = host.querySelector<MbcChart>('mbc-chart')!;
  const rendered = oneEvent(el, 'mbc-chart-rendered');
  el.chart = chart;
  await rendered;
  return el;
}
const axisLabel = (el: MbcChart) => el.shadowRoot!.querySelector('.canvas svg .role-axis-label text')!;
const svgBackground = (el: MbcChart) => getComputedStyle(el.shadowRoot!.querySelector('.canvas svg')!).backgroundColor;
const bars = (el: MbcChart) => [...el.shadowRoot!.querySelectorAll('.canvas svg g.mark-rect.role-mark path')].map((p) => p.getAttribute('fill'));

describe('chart theme', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('forced-colors', { value: 'none' });
  });

  it('follows the host page’s NL Design System tokens: font, text and background, as its HTML does', async () => {
    const el = await drawIn(
      'div',
      '--utrecht-document-font-family: Georgia, serif; --utrecht-document-color: #14213d; --utrecht-document-background-color: #fafaf0',
    );
    expect(axisLabel(el).getAttribute('font-family')).to.equal('Georgia, serif');
    expect(axisLabel(el).getAttribute('fill')).to.equal('#14213d');
    expect(svgBackground(el)).to.equal('rgb(250, 250, 240)');
    // The summary above the chart is in the same font.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.summary')!).fontFamily).to.equal('Georgia, serif');
  });

  it('the library’s own tokens win over NL Design System ones, and give the product colours', async () => {
    const el = await drawIn('div', '--utrecht-document-font-family: Georgia; --mbc-font-family: Verdana; --mbc-color-product-2a: #123456');
    expect(axisLabel(el).getAttribute('font-family')).to.equal('Verdana');
    expect(bars(el)).to.deep.equal(['#123456', '#7b3294']);
  });

  it('uses the dark palette when the user prefers dark and the page allows it, and not otherwise', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const light = await drawIn('div', '');
    expect(svgBackground(light)).to.equal('rgb(255, 255, 255)');
    const dark = await drawIn('div', 'color-scheme: light dark');
    expect(svgBackground(dark)).to.equal('rgb(27, 27, 27)');
    expect(bars(dark)).to.deep.equal([DARK_THEME.products['2a'], DARK_THEME.products['2b']]);
    expect(getComputedStyle(dark.shadowRoot!.querySelector('.summary')!).color).to.equal('rgb(240, 240, 240)');
  });

  it('draws with system colours under forced colours', async () => {
    await executeServerCommand('forced-colors', { value: 'active' });
    const el = await drawIn('div', '');
    expect(axisLabel(el).getAttribute('fill')).to.equal('CanvasText');
    expect(bars(el)).to.deep.equal(['LinkText', 'GrayText']);
  });
});

describe('chart parts', () => {
  it('a page can style the charts inside a view: the view exposes each chart’s parts as chart-*', async () => {
    const style = document.createElement('style');
    style.textContent =
      'mbc-product-usage::part(chart-summary) { font-style: italic; } mbc-product-usage::part(chart-tooltip) { border-color: rgb(255, 0, 0); }';
    document.head.append(style);
    const el = await fixture<HTMLElement>(html`<mbc-product-usage src="/test/fixtures/small-bundle.json"></mbc-product-usage>`);
    await waitUntil(() => el.shadowRoot?.querySelector('mbc-chart')?.shadowRoot?.querySelector('.canvas svg'), 'first chart drawn', { timeout: 15000 });
    const first = el.shadowRoot!.querySelector<MbcChart>('mbc-chart')!;
    expect(first.getAttribute('exportparts')).to.contain('tooltip:chart-tooltip');
    expect(getComputedStyle(first.shadowRoot!.querySelector('[part="summary"]')!).fontStyle).to.equal('italic');
    expect(getComputedStyle(first.shadowRoot!.querySelector('[part="tooltip"]')!).borderTopColor).to.equal('rgb(255, 0, 0)');
    style.remove();
  });
});
