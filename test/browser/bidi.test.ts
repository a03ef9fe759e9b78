import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/register.js';
import type { Bundle } from '../../src/data/types.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcFilterBar } from '../../components/mbc-filter-bar/mbc-filter-bar.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import { deepQueryAll } from './helpers.js';

// A municipality named in Hebrew, one in Arabic (with a stray RIGHT-TO-LEFT OVERRIDE, which
// loading strips): in every HTML text the name stands in its own <bdi>, so that it cannot
// reorder the words and figures around it.
const HEBREW = 'דלפט';
const ARABIC = 'واسنار';

async function rtlData(): Promise<{ bundle: Bundle; model: unknown }> {
  const rename = (text: string) => text.replace(/Delft/g, HEBREW).replace(/Wassenaar/g, ARABIC + '\u202E');
  const bundle = JSON.parse(rename(await (await fetch('/data/h10-bundle.json')).text())) as Bundle;
  const model = JSON.parse((await (await fetch('/data/business-case.haaglanden.json')).text()).replace('"label": "Delft"', `"label": "${HEBREW}"`));
  return { bundle, model };
}

/** Every place below `root` (shadow roots included) whose text holds `name`, with whether a <bdi> of exactly that name holds it. */
function placesOf(root: ParentNode, name: string): Array<{ where: string; isolated: boolean }> {
  const found: Array<{ where: string; isolated: boolean }> = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.includes(name)) {
      const parent = node.parentElement!;
      const bdi = parent.closest('bdi');
      found.push({
        where: `${parent.localName}.${parent.className || parent.getAttribute('part') || ''}`,
        isolated: bdi !== null && bdi.textContent!.trim() === name,
      });
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

describe('names from the data in <bdi>', () => {
  it('in the filter bar, the tiles, the chart summaries and tables, and the case lines', async () => {
    const { bundle, model } = await rtlData();
    const page = await fixture<HTMLDivElement>(html`<div lang="nl">
      <mbc-data-source id="rtl"></mbc-data-source>
      <mbc-filter-bar source="rtl"></mbc-filter-bar>
      <mbc-product-usage source="rtl"></mbc-product-usage>
      <mbc-implementation-costs source="rtl" variant="tiles"></mbc-implementation-costs>
      <mbc-business-case source="rtl" variant="tiles"></mbc-business-case>
    </div>`);
    const source = page.querySelector<MbcDataSource>('mbc-data-source')!;
    source.bundle = bundle;
    source.model = model;
    const usage = page.querySelector('mbc-product-usage')!;
    await waitUntil(() => usage.shadowRoot!.querySelectorAll('mbc-chart').length >= 4, 'charts', { timeout: 20000 });
    // Open every chart's table.
    for (const chart of deepQueryAll<MbcChart>(page, 'mbc-chart')) {
      chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')?.click();
      await chart.updateComplete;
    }
    // Select the Hebrew municipality: the bar's summary and both case lines name it.
    source.store.setFilters({ municipalities: [HEBREW] });
    const bar = page.querySelector<MbcFilterBar>('mbc-filter-bar')!;
    await bar.updateComplete;
    await waitUntil(() => placesOf(page.querySelector('mbc-business-case')!, HEBREW).length > 0, 'case line', { timeout: 20000 });

    const hebrew = placesOf(page, HEBREW);
    const arabic = placesOf(page, ARABIC);
    expect(hebrew.filter((p) => !p.isolated)).to.deep.equal([]);
    expect(arabic.filter((p) => !p.isolated)).to.deep.equal([]);
    // Found where it should be: the filter bar's options and summary, a chart summary, table cells, the case lines.
    const where = (name: string) => [...new Set(placesOf(page, name).map((p) => p.where))].sort();
    expect(where(ARABIC)).to.include.members(['bdi.']);
    expect(placesOf(bar.shadowRoot!, ARABIC).length).to.be.greaterThan(0);
    expect(placesOf(bar.shadowRoot!, HEBREW).length).to.equal(3); // the option, the summary and the disclosure button
    const utilisation = deepQueryAll<MbcChart>(page, 'mbc-chart').find((c) => c.heading.startsWith('Benutting'))!;
    expect(placesOf(utilisation.shadowRoot!.querySelector('[part="summary"]')!, HEBREW).length).to.equal(1);
    expect(placesOf(utilisation.shadowRoot!.querySelector('table')!, ARABIC).length).to.equal(1);
    expect(placesOf(page.querySelector('mbc-implementation-costs')!.shadowRoot!.querySelector('[part="case"]')!, HEBREW).length).to.equal(1);
    // No bidi control survives loading.
    expect(page.textContent!.includes('\u202E')).to.equal(false);
  });

  it('keeps the words after a right-to-left name to its right', async () => {
    const { bundle } = await rtlData();
    const el = await fixture(html`<mbc-product-usage lang="nl" .bundle=${bundle}></mbc-product-usage>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('mbc-chart').length >= 4, 'charts', { timeout: 20000 });
    const utilisation = [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')].find((c) => c.heading.startsWith('Benutting'))!;
    await utilisation.updateComplete;
    const summary = utilisation.shadowRoot!.querySelector('[part="summary"]')!;
    for (const bdi of summary.querySelectorAll('bdi')) {
      let next = bdi.nextSibling!;
      while (next.nodeType !== Node.TEXT_NODE || next.textContent!.length < 2) next = next.nextSibling!;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, 2);
      // " (" follows the name, on its right (the paragraph is left-to-right).
      expect(range.getBoundingClientRect().left).to.be.at.least(bdi.getBoundingClientRect().right - 1);
    }
    expect(summary.querySelectorAll('bdi').length).to.be.greaterThan(0);
  });
});
