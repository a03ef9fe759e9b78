import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/register.js';
import type { MbcBusinessCase } from '../../components/mbc-business-case/mbc-business-case.component.js';
import type { MbcFilterBar } from '../../components/mbc-filter-bar/mbc-filter-bar.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';

// Issue 11, the what-if points: a slider moves by a meaningful step (the model's step, else 1% of
// its range), and the scenario "Verwacht", equal to the model's own values, is offered once.
const FIXTURE = '/test/fixtures/business-case-small.json';

describe('what-if sliders and scenarios', () => {
  it('moves each slider by 1% of its range where the model gives no step, or by the model’s step', async () => {
    const model = await (await fetch(FIXTURE)).json();
    model.parameters.find((p: { id: string }) => p.id === 'extra-uren').step = 1;
    const el = await fixture<MbcBusinessCase>(html`<mbc-business-case .model=${model} runs="200"></mbc-business-case>`);
    const step = (id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input#whatif-${id}`)!;
    await waitUntil(() => step('uurtarief'), 'sliders');
    // uurtarief 80–120: 0,4; kosten-raadsonderzoek 4000–6000: 20; aandeel 0,25–0,75: 0,005; extra-uren: the model's 1.
    expect([step('uurtarief'), step('kosten-raadsonderzoek'), step('aandeel-voorkomen'), step('extra-uren')].map((i) => [i.min, i.max, i.step])).to.deep.equal([
      ['80', '120', '0.4'],
      ['4000', '6000', '20'],
      ['0.25', '0.75', '0.005'],
      ['10', '30', '1'],
    ]);
    // One step up changes the NPV, and the view says by how much against the model's own values.
    const input = step('uurtarief');
    input.stepUp();
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(input.value).to.equal('100.4');
    expect(el.shadowRoot!.querySelector('[part="change"]')!.textContent!.replace(/\u00a0/g, ' ')).to.match(/ten opzichte van de eigen waarden van het model\./);
  });

  it('offers "Verwacht" once, in the view and in the filter bar, when it equals the model’s own values', async () => {
    const model = await (await fetch(FIXTURE)).json();
    const page = await fixture(html`<div>
      <mbc-data-source id="wi"></mbc-data-source>
      <mbc-filter-bar source="wi"></mbc-filter-bar>
      <mbc-business-case source="wi" runs="200"></mbc-business-case>
    </div>`);
    page.querySelector<MbcDataSource>('mbc-data-source')!.model = model;
    const bar = page.querySelector<MbcFilterBar>('mbc-filter-bar')!;
    const view = page.querySelector<MbcBusinessCase>('mbc-business-case')!;
    await waitUntil(() => bar.shadowRoot!.querySelector('select#scenario') && view.shadowRoot!.querySelector('select#scenario'), 'scenario choices');
    const options = (root: ShadowRoot) => [...root.querySelector<HTMLSelectElement>('select#scenario')!.options].map((o) => o.textContent!.trim());
    expect(options(bar.shadowRoot!)).to.deep.equal(['Verwacht (Eigen waarden van het model)', 'Pessimistisch', 'Optimistisch']);
    expect(options(view.shadowRoot!)).to.deep.equal(['Verwacht (Eigen waarden van het model)', 'Pessimistisch', 'Optimistisch']);
  });
});
