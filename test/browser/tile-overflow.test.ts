import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/register.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import type { MbcKpi } from '../../components/mbc-kpi/mbc-kpi.component.js';
import { deepQueryAll } from './helpers.js';

/** Problems of one tile: content wider than its box or outside it, in CSS pixels (1 px slack). */
function overflowOf(kpi: MbcKpi): string[] {
  const tile = kpi.shadowRoot!.querySelector<HTMLElement>('.tile')!;
  const box = tile.getBoundingClientRect();
  const problems: string[] = [];
  if (tile.scrollWidth > tile.clientWidth + 1) problems.push(`tile scrolls (${tile.scrollWidth} > ${tile.clientWidth})`);
  for (const part of tile.querySelectorAll<HTMLElement>('*')) {
    const r = part.getBoundingClientRect();
    if (r.width === 0 || !part.checkVisibility()) continue;
    if (part.scrollWidth > part.clientWidth + 1 && getComputedStyle(part).display !== 'inline')
      problems.push(`${part.className} is cut (${part.scrollWidth} > ${part.clientWidth})`);
    if (r.left < box.left - 1 || r.right > box.right + 1)
      problems.push(`${part.className} sticks out (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)})`);
  }
  // Every text node's own extent, which a clipped or nowrap text would exceed.
  const walker = document.createTreeWalker(tile, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Hidden text (a term's explanation until it is asked for) takes no room.
    if (!node.textContent!.trim() || !node.parentElement!.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`"${node.textContent!.trim()}" sticks out`);
  }
  return problems.map((p) => `${kpi.label}: ${p}`);
}

/** Pairs of tiles whose boxes overlap. */
function overlaps(kpis: MbcKpi[]): string[] {
  const boxes = kpis.map((k) => [k.label, k.getBoundingClientRect()] as const).filter(([, r]) => r.width > 0);
  const found: string[] = [];
  boxes.forEach(([a, ra], i) =>
    boxes.slice(i + 1).forEach(([b, rb]) => {
      if (ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1) found.push(`${a} overlaps ${b}`);
    }),
  );
  return found;
}

describe('key-figure tiles wrap, never cut or overlap', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [140, 180, 240]) {
    it(`a tile ${width} px wide wraps a long value, label and note`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px" lang="nl">
        <mbc-kpi label="Baten-kostenverhouding" value="niet binnen 10 jaar" note="niet binnen 10 jaar (t/m 2035)" illustrative></mbc-kpi>
        <mbc-kpi label="Netto contante waarde" value="−€ 10.512.804" note="contante baten min contante kosten"></mbc-kpi>
      </div>`);
      const kpis = [...box.querySelectorAll<MbcKpi>('mbc-kpi')];
      await Promise.all(kpis.map((k) => k.updateComplete));
      expect(kpis.flatMap(overflowOf)).to.deep.equal([]);
    });
  }

  for (const width of [320, 375, 1024]) {
    for (const page of ['overview', 'business-case', 'costs', 'usage', 'indicators'] as const) {
      it(`${width} px, ${page}, pessimistic scenario of one municipality`, async () => {
        await setViewport({ width, height: 900 });
        const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json" page=${page}></mbc-dashboard>`);
        const source = el.shadowRoot!.querySelector<MbcDataSource>('mbc-data-source')!;
        await waitUntil(() => source.store.status === 'ready', 'data', { timeout: 20000 });
        source.store.setFilters({ municipalities: ['Midden-Delfland'], scenario: 'doorgaan-pessimistisch' });
        await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 4, 'tiles', { timeout: 20000 });
        await new Promise((r) => setTimeout(r, 300));
        const kpis = deepQueryAll<MbcKpi>(el.shadowRoot!, 'mbc-kpi');
        await Promise.all(kpis.map((k) => k.updateComplete));
        expect(kpis.flatMap(overflowOf)).to.deep.equal([]);
        expect(overlaps(kpis)).to.deep.equal([]);
      });
    }
  }
});
