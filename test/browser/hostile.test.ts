import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/register.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { Bundle, UsageCell } from '../../src/data/types.js';
import { REGION } from '../../src/data/types.js';
import { deepQueryAll, deepText } from './helpers.js';

declare global {
  interface Window {
    __xss: number;
  }
}

/** Classic payloads; each would bump window.__xss if it ever ran. */
const PAYLOADS = [
  '<script>window.__xss++</script>',
  '<img src=x onerror="window.__xss++">',
  '<svg onload="window.__xss++">',
  '"><img src=x onerror=window.__xss++>',
  "'><script>window.__xss++</script>",
  'javascript:window.__xss++',
  '<iframe src="javascript:window.__xss++"></iframe>',
  '<a href="javascript:window.__xss++">x</a>',
  '<body onload=window.__xss++>',
  '{{constructor.constructor("window.__xss++")()}}',
  '=HYPERLINK("http://evil.example","klik")',
  '<details open ontoggle=window.__xss++>',
];

function cell(municipality: string, period: string, indications: number): UsageCell {
  return {
    municipality,
    period,
    product: '2a',
    indications,
    families: indications,
    hoursUsed: indications * 16,
    hoursAvailable: indications * 25,
    meanHoursUsed: 16,
    medianHoursUsed: 16,
    overCap: 0,
    ltExtraHours: 0,
    routes: { ots_prevented: 0, ots_ended_early: 0, ots_required: 0, ots_collaboration: 0 },
    suppressed: false,
  };
}

function hostileBundle(): Bundle {
  const usage = PAYLOADS.flatMap((name, i) => [cell(name, '2024-Q1', 10 + i), cell(name, '2024-Q2', 20 + i)]);
  return {
    format: 'mbc-bundle',
    version: 2,
    suppressionThreshold: 5,
    municipalities: PAYLOADS,
    periods: ['2024-Q1', '2024-Q2'],
    usage,
    usageRegion: [cell(REGION, '2024-Q1', 200), cell(REGION, '2024-Q2', 300)],
    indicators: [],
    indicatorsRegion: [],
    warnings: [],
  };
}

describe('hostile input', () => {
  beforeEach(() => {
    window.__xss = 0;
  });

  it('shows municipality names with HTML and script payloads as text, in DOM, SVG, tables and exports', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage .bundle=${hostileBundle()}></mbc-product-usage>`);
    const utilisation = [...el.shadowRoot!.querySelectorAll<MbcChart>('mbc-chart')].find((c) => c.heading.startsWith('Benutting'))!;
    await waitUntil(() => utilisation.view, 'utilisation chart drawn', { timeout: 15000 });
    utilisation.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
    await utilisation.updateComplete;
    // Every payload appears literally as text …
    const text = deepText(utilisation.shadowRoot!);
    for (const payload of PAYLOADS) expect(text, payload).to.contain(payload);
    // … and none became markup.
    expect(deepQueryAll(el.shadowRoot!, 'img, iframe, script, details, a[href^="javascript"], body').length).to.equal(0);
    const svg = await (await utilisation.exportFile('svg')).blob.text();
    expect(svg).not.to.contain('<img');
    expect(svg).not.to.contain('<script');
    expect(svg).to.contain('&lt;img src=x onerror=');
    const csv = await (await utilisation.exportFile('csv')).blob.text();
    expect(csv).to.contain(`'=HYPERLINK(""http://evil.example"",""klik"")`);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).to.equal(0);
  });

  it('shows a payload in a file name or message as text in the alert', async () => {
    // The payload as a bound value: lit sets it as an attribute, as a CMS would write it.
    const payload = '/test/fixtures/<img src=x onerror=window.__xss++>.json';
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage src=${payload}></mbc-product-usage>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert');
    expect(el.shadowRoot!.querySelectorAll('[role="alert"] img').length).to.equal(0);
    expect(window.__xss).to.equal(0);
  });
});

describe('races', () => {
  it('switching src 100 times ends with the last source, with no stale chart after it', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage></mbc-product-usage>`);
    const a = '/test/fixtures/small-bundle.json';
    const b = '/test/fixtures/small-bundle-b.json';
    for (let i = 0; i < 100; i++) {
      el.src = i % 2 === 0 ? a : `${b}?n=${i}`;
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, i / 5)); // let some loads get under way
    }
    el.municipality = 'Delft';
    await el.updateComplete; // the last src is now loading
    await waitUntil(() => el.shadowRoot!.querySelector('mbc-kpi'), 'tiles', { timeout: 15000 });
    // The last src (i = 99) is bundle B (Delft doubled: 236); the view shows it and stays there.
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      seen.push(el.shadowRoot!.querySelector('mbc-kpi')!.value);
      await new Promise((r) => setTimeout(r, 30));
    }
    expect(new Set(seen).size).to.equal(1);
    expect(seen[0]).to.equal('236');
  });
});

describe('hostile labels in a model and in indicators', () => {
  beforeEach(() => {
    window.__xss = 0;
  });

  async function hostileModel() {
    const model = await (await fetch('/test/fixtures/business-case-small.json')).json();
    model.title = PAYLOADS[0];
    model.stakeholders.forEach((s: { label: string }, i: number) => (s.label = PAYLOADS[(i + 1) % PAYLOADS.length]!));
    model.parameters.forEach((p: { label: string; source?: string }, i: number) => {
      p.label = PAYLOADS[(i + 3) % PAYLOADS.length]!;
      p.source = PAYLOADS[(i + 4) % PAYLOADS.length]!;
    });
    model.items.forEach((item: { label: string; source?: string }, i: number) => {
      item.label = PAYLOADS[(i + 5) % PAYLOADS.length]!;
      item.source = PAYLOADS[(i + 6) % PAYLOADS.length]!;
    });
    (model.pm ??= []).push({ label: PAYLOADS[1], stakeholder: model.stakeholders[0].id });
    return model;
  }

  for (const tag of ['mbc-business-case', 'mbc-implementation-costs'] as const) {
    it(`${tag} shows item labels, sources, stakeholders and titles as text everywhere`, async () => {
      const model = await hostileModel();
      const el = document.createElement(tag) as HTMLElement & { model: unknown };
      el.model = model;
      document.body.append(el);
      await waitUntil(() => deepQueryAll(el.shadowRoot!, '.canvas svg').length > 0, 'a chart drawn', { timeout: 15000 });
      await new Promise((r) => setTimeout(r, 300));
      for (const chart of deepQueryAll<MbcChart>(el.shadowRoot!, 'mbc-chart')) {
        chart.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!.click();
        await chart.updateComplete;
        if (chart.view) {
          const svg = await (await chart.exportFile('svg')).blob.text();
          expect(svg).not.to.match(/<(img|script|iframe|details|body)\b/);
        }
        const csv = await (await chart.exportFile('csv')).blob.text();
        expect(csv).not.to.match(/^=|;=/m);
      }
      expect(deepText(el.shadowRoot!)).to.contain('<img src=x onerror=');
      expect(deepQueryAll(el.shadowRoot!, 'img, iframe, script, details[open][ontoggle], a[href^="javascript"], body').length).to.equal(0);
      await new Promise((r) => setTimeout(r, 100));
      expect(window.__xss).to.equal(0);
      el.remove();
    });
  }

  it('mbc-indicators shows custom indicator labels as text', async () => {
    const bundle: Bundle = {
      format: 'mbc-bundle',
      version: 2,
      suppressionThreshold: 5,
      municipalities: ['Delft', 'Rijswijk'],
      periods: ['2024-Q1', '2024-Q2'],
      usage: [],
      usageRegion: [],
      indicators: ['2024-Q1', '2024-Q2'].map((period, i) => ({
        municipality: 'Delft',
        period,
        indicator: 'eigen',
        value: 10 + i,
        label: PAYLOADS[1]!,
        suppressed: false,
      })),
      indicatorsRegion: [],
      warnings: [],
    };
    const el = await fixture<HTMLElement>(html`<mbc-indicators municipality="Delft" indicator="eigen" .bundle=${bundle}></mbc-indicators>`);
    await waitUntil(() => deepText(el.shadowRoot!).includes('<img src=x onerror='), 'label shown as text', { timeout: 15000 });
    expect(deepQueryAll(el.shadowRoot!, 'img').length).to.equal(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(window.__xss).to.equal(0);
  });
});
