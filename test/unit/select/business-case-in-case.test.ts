import { describe, expect, it } from 'vitest';
import { computeBusinessCase, validateModel, valuesInCase, type BusinessCaseModel } from '../../../src/model/index.js';
import { breakEvenCurve, caseValues, selectCase } from '../../../src/select/business-case.js';
import { breakEvenChart } from '../../../src/specs/business-case/break-even.js';
import { bundleAB } from '../model/fixtures-v2.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

/**
 * Municipalities A and B on `bundleAB`, horizon 1, no discounting. `ind` (indications 2a in
 * 2025, model value 40, range 0-100) is bound: A reads 12 + 8 = 20 from the data; B's first
 * quarter is suppressed, so B keeps its own 10. `tarief` (€ 50, range 40-60) is the same
 * everywhere. One cost item: ind × tarief. And a benefit of € 3,000 in each municipality.
 * - A: 3000 − 20 × 50 = 2000; B: 3000 − 10 × 50 = 2500; the region total 4500.
 */
function model(): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 2,
    title: 'Waarden in de case',
    startYear: 2026,
    horizonYears: 1,
    discountRate: 0,
    stakeholders: [{ id: 'g', label: 'Gemeente' }],
    parameters: [
      {
        id: 'ind',
        label: 'Indicaties',
        value: 40,
        low: 0,
        high: 100,
        unit: 'indicaties',
        data: { file: 'usage', measure: 'indications', product: '2a', year: 2025 },
      },
      { id: 'tarief', label: 'Tarief', value: 50, low: 40, high: 60, unit: '€' },
      { id: 'baat', label: 'Baat', value: 3000, unit: '€' },
    ],
    items: [
      { id: 'kosten', label: 'Kosten', type: 'cost', kind: 'structural', stakeholder: 'g', quantity: ['ind'], unitCost: ['tarief'] },
      { id: 'baten', label: 'Baten', type: 'benefit', kind: 'structural', stakeholder: 'g', quantity: [1], unitCost: ['baat'] },
    ],
    municipalities: [
      { id: 'a', label: 'Gemeente A', values: {} },
      { id: 'b', label: 'Gemeente B', values: { ind: 10 } },
    ],
  };
}

describe('valuesInCase: each parameter’s value in the case', () => {
  it('is the value from the data in a municipality’s case, and none differs there', () => {
    // The validator already warns of a ranged parameter with values per municipality.
    const checked = validateModel(model());
    expect([checked.errors, checked.warnings.map((w) => w.code)]).toEqual([[], ['municipal-parameter-range']]);
    const a = valuesInCase(model(), { municipality: 'a', data: bundleAB() });
    expect(a).toEqual({ values: { ind: 20, tarief: 50, baat: 3000 }, varying: [], npv: 2000 });
    // B's data are suppressed: its own value; without data, A has the model's 40.
    expect(valuesInCase(model(), { municipality: 'b', data: bundleAB() }).values.ind).toBe(10);
    expect(valuesInCase(model(), { municipality: 'a' }).values.ind).toBe(40);
    // A what-if value comes over the data.
    expect(valuesInCase(model(), { municipality: 'a', data: bundleAB(), values: { ind: 33 } }).values.ind).toBe(33);
  });

  it('is the model’s value in the region total, naming the parameters that differ per municipality', () => {
    const region = valuesInCase(model(), { data: bundleAB() });
    expect(region.values).toEqual({ ind: 40, tarief: 50, baat: 3000 });
    expect(region.varying).toEqual(['ind']);
    expect(region.npv).toBe(4500);
    expect(region.npv).toBe(computeBusinessCase(model(), { data: bundleAB() }).totals.npv);
    // A what-if value puts one value everywhere: then nothing differs.
    expect(valuesInCase(model(), { data: bundleAB(), values: { ind: 30 } }).varying).toEqual([]);
    // Own values differ too, without data: B's 10 against A's 40.
    expect(valuesInCase(model(), {}).varying).toEqual(['ind']);
  });

  it('caseValues of a selection passes the data: the sliders start where the case is', () => {
    const a = selectCase(model(), { municipalities: ['Gemeente A'], scenario: '' });
    expect(caseValues(a, bundleAB()).ind).toBe(20);
    expect(caseValues(a).ind).toBe(40);
  });
});

describe('the break-even curve on a case with data', () => {
  it('marks the value from the data as the current one in a municipality, at the case’s NPV', () => {
    const a = selectCase(model(), { municipalities: ['Gemeente A'], scenario: '' });
    const curve = breakEvenCurve(a, 'ind', {}, 4, bundleAB());
    // NPV(v) = 3000 − 50 v: zero at 60; sampled over [0, 2 × 60].
    expect(curve.current).toBe(20);
    expect(curve.currentNpv).toBe(2000);
    expect(curve.caseNpv).toBe(2000);
    expect(curve.everywhere).toBe(false);
    expect(curve.breakEven).toBeCloseTo(60, 9);
    expect(nbsp(breakEvenChart(curve, { lang: 'nl' }).summary)).toBe(
      'Bij Indicaties = 60 indicaties is de netto contante waarde nul; nu is het 20 indicaties (NCW € 2.000).',
    );
  });

  it('in the region total, says that the line puts one value in every municipality, and names the case’s NPV', () => {
    const region = selectCase(model(), { municipalities: [], scenario: '' });
    const curve = breakEvenCurve(region, 'ind', {}, 4, bundleAB());
    // NPV(v) = 2 × (3000 − 50 v): zero at 60; at the model's 40 in both, 2 × 1000 = 2000. The case: 4500.
    expect(curve.current).toBe(40);
    expect(curve.currentNpv).toBe(2000);
    expect(curve.caseNpv).toBe(4500);
    expect(curve.everywhere).toBe(true);
    const nl = breakEvenChart(curve, { lang: 'nl' });
    expect(nbsp(nl.summary)).toBe(
      'Bij Indicaties = 60 indicaties in elke gemeente is de netto contante waarde nul; bij 40 indicaties in elke gemeente (de waarde van het model) is ze € 2.000. ' +
        'Nu verschilt "Indicaties" per gemeente (eigen waarden of gegevens); daarmee is de netto contante waarde € 4.500. De lijn zet één waarde in alle gemeenten tegelijk.',
    );
    expect(nl.table.rows.find((r) => r.value === '40 indicaties')?.mark).toBe('modelwaarde');
    const en = breakEvenChart(curve, { lang: 'en' });
    expect(nbsp(en.summary)).toContain('with those values the net present value is €4,500');
    // A parameter that is the same everywhere keeps the plain sentence.
    const tarief = breakEvenCurve(region, 'tarief', {}, 4, bundleAB());
    expect(tarief.everywhere).toBe(false);
    expect(tarief.currentNpv).toBe(4500);
    expect(nbsp(breakEvenChart(tarief, { lang: 'nl' }).summary)).toMatch(
      /^Bij Tarief = .* is de netto contante waarde nul; nu is het € 50 \(NCW € 4\.500\)\.$/,
    );
  });
});
