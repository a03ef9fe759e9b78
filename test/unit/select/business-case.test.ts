import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyScenario, breakEven, computeBusinessCase, validateModel } from '../../../src/model/index.js';
import type { BusinessCaseModel, BusinessCaseResult } from '../../../src/model/index.js';
import {
  breakEvenCurve,
  caseValues,
  computeSelection,
  matchMunicipality,
  rangedParameters,
  selectCase,
  sliderStep,
} from '../../../src/select/business-case.js';

const model: BusinessCaseModel = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/business-case-small.json', import.meta.url)), 'utf8'));
const noFilters = { municipalities: [] as string[], scenario: '' };

// Hand computation for the fixture (discount rate 10 %, years 2025-2027), per municipality with
// n families and their own "besparing-zorg" z (Delft n = 10, z = 2000; Den Haag 30, 2000;
// Rijswijk 5, 500):
//   costs    y0 = 2000n            y1 = y2 = 2000n + 1600n
//   benefits y0 = 2500n × 0.5      y1 = y2 = 2500n + n·z
// Delft:    costs 20000 / 36000 / 36000, benefits 12500 / 45000 / 45000
//           pvCosts = 20000 + 36000/1.1 + 36000/1.21 = 82479.338843
//           pvBenefits = 12500 + 45000/1.1 + 45000/1.21 = 90599.173554
// Rijswijk: costs 10000 / 18000 / 18000, benefits 6250 / 15000 / 15000 (cumulative never ≥ 0)
//           pvCosts = 41239.669421, pvBenefits = 6250 + 15000/1.1 + 15000/1.21 = 32283.057851
// The region adds "projectleiding" (€ 6.000 in 2025, scope region) once.

describe('selectCase', () => {
  it('opens on the region total when no municipality is selected', () => {
    const selection = selectCase(model, noFilters);
    expect(selection.kind).toBe('region');
    expect(selection.options).toEqual({ region: true });
    expect(selection.municipalities.map((m) => m.id)).toEqual(['delft', 'den-haag', 'rijswijk']);
    const result = computeSelection(selection);
    // 82479.338843 + 3 × 82479.338843 + 41239.669421 + 6000
    expect(result.totals.pvCosts).toBeCloseTo(377157.024793, 5);
    // 90599.173554 + 3 × 90599.173554 + 32283.057851
    expect(result.totals.pvBenefits).toBeCloseTo(394679.752066, 5);
    expect(result.totals.npv).toBeCloseTo(17522.727273, 5);
    expect(result.totals.paybackYear).toBe(2027);
    expect(result).toEqual(computeBusinessCase(model));
  });

  it('matches one municipality by label or id, case-insensitively, and by slug', () => {
    expect(matchMunicipality(model, 'den haag')).toEqual({ id: 'den-haag', label: 'Den Haag' });
    expect(matchMunicipality(model, 'DELFT')).toEqual({ id: 'delft', label: 'Delft' });
    expect(matchMunicipality(model, ' Den-Haag ')).toEqual({ id: 'den-haag', label: 'Den Haag' });
    expect(matchMunicipality(model, 'Wassenaar')).toBeUndefined();

    const selection = selectCase(model, { municipalities: ['Delft'], scenario: '' });
    expect(selection.kind).toBe('municipality');
    expect(selection.options).toEqual({ municipality: 'delft' });
    const result = computeSelection(selection);
    expect(result.years.map((y) => [y.year, y.costs, y.benefits, y.cumulativeNet])).toEqual([
      [2025, 20000, 12500, -7500],
      [2026, 36000, 45000, 1500],
      [2027, 36000, 45000, 10500],
    ]);
    expect(result.totals.pvCosts).toBeCloseTo(82479.338843, 5);
    expect(result.totals.pvBenefits).toBeCloseTo(90599.173554, 5);
    expect(result.totals.paybackYear).toBe(2026);
    // The region item is not part of one municipality's case.
    expect(result.byItem.map((i) => i.id)).not.toContain('projectleiding');
  });

  it('adds several municipalities up, recomputing BCR and payback from the sums', () => {
    const selection = selectCase(model, { municipalities: ['Delft', 'rijswijk', 'Delft'], scenario: '' });
    expect(selection.kind).toBe('sum');
    expect(selection.municipalities).toEqual([
      { id: 'delft', label: 'Delft' },
      { id: 'rijswijk', label: 'Rijswijk' },
    ]);
    expect(selection.omittedRegionItems).toEqual(['Projectleiding']);
    const sum = computeSelection(selection);
    const parts = ['delft', 'rijswijk'].map((municipality) => computeBusinessCase(model, { municipality }));
    const add = (f: (r: BusinessCaseResult) => number) => parts.reduce((s, r) => s + f(r), 0);

    expect(sum.years.map((y) => [y.year, y.costs, y.benefits, y.net, y.cumulativeNet])).toEqual([
      [2025, 30000, 18750, -11250, -11250],
      [2026, 54000, 60000, 6000, -5250],
      [2027, 54000, 60000, 6000, 750],
    ]);
    sum.years.forEach((y, t) => {
      expect(y.costs).toBeCloseTo(
        add((r) => r.years[t]!.costs),
        9,
      );
      expect(y.incidentalCosts).toBeCloseTo(
        add((r) => r.years[t]!.incidentalCosts),
        9,
      );
      expect(y.structuralCosts).toBeCloseTo(
        add((r) => r.years[t]!.structuralCosts),
        9,
      );
    });
    // 82479.338843 + 41239.669421 and 90599.173554 + 32283.057851
    expect(sum.totals.pvCosts).toBeCloseTo(123719.008264, 5);
    expect(sum.totals.pvBenefits).toBeCloseTo(122882.231405, 5);
    expect(sum.totals.npv).toBeCloseTo(-836.77686, 5);
    // Not the mean of Delft's 1.098 and Rijswijk's 0.783: the ratio of the sums.
    expect(sum.totals.bcr).toBeCloseTo(122882.231405 / 123719.008264, 9);
    // Delft pays back in 2026, Rijswijk never; together in 2027.
    expect(parts.map((r) => r.totals.paybackYear)).toEqual([2026, null]);
    expect(sum.totals.paybackYear).toBe(2027);
    for (const s of sum.byStakeholder) {
      const own = parts.map((r) => r.byStakeholder.find((x) => x.id === s.id)!);
      expect(s.pvCosts).toBeCloseTo(own[0]!.pvCosts + own[1]!.pvCosts, 6);
      expect(s.pvBenefits).toBeCloseTo(own[0]!.pvBenefits + own[1]!.pvBenefits, 6);
    }
    for (const item of sum.byItem) {
      const own = parts.map((r) => r.byItem.find((x) => x.id === item.id)!);
      item.amounts.forEach((a, t) => expect(a).toBeCloseTo(own[0]!.amounts[t]! + own[1]!.amounts[t]!, 9));
    }
    expect(sum.byMunicipality.map((m) => [m.id, Math.round(m.npv * 100) / 100])).toEqual([
      ['delft', 8119.83],
      ['rijswijk', -8956.61],
    ]);
    expect(sum.basis).toEqual({ kind: 'sum', municipalities: ['delft', 'rijswijk'] });
    expect(selection.options).toEqual({ municipalities: ['delft', 'rijswijk'] });
    // The region item no municipality carries is named, with its present value in the region.
    expect(sum.uncarried).toEqual([{ id: 'projectleiding', label: 'Projectleiding', type: 'cost', pv: 6000 }]);
  });

  it('reports unknown names, and shows the region when none matches', () => {
    const some = selectCase(model, { municipalities: ['Delft', 'Wassenaar'], scenario: '' });
    expect(some.kind).toBe('municipality');
    expect(some.unknownMunicipalities).toEqual(['Wassenaar']);
    const none = selectCase(model, { municipalities: ['Wassenaar'], scenario: '' });
    expect(none.kind).toBe('region');
    expect(none.options).toEqual({ region: true });
    expect(none.unknownMunicipalities).toEqual(['Wassenaar']);
  });

  it('computes a model without municipalities as one case', () => {
    const single: BusinessCaseModel = { ...model, municipalities: undefined, items: model.items.filter((i) => i.scope !== 'region') };
    const selection = selectCase(single, { municipalities: ['Delft'], scenario: '' });
    expect(selection.kind).toBe('model');
    expect(selection.options).toEqual({});
    expect(selection.unknownMunicipalities).toEqual(['Delft']);
    // At the base values (10 families, besparing-zorg 2000) the model equals Delft.
    expect(computeSelection(selection).totals.npv).toBeCloseTo(8119.834711, 5);
  });

  it('applies the scenario, with what-if values on top', () => {
    const selection = selectCase(model, { municipalities: ['Delft'], scenario: 'pessimistic' });
    expect(selection.scenario).toBe('pessimistic');
    expect(selection.model.parameters.find((p) => p.id === 'uurtarief')!.value).toBe(120);
    expect(model.parameters.find((p) => p.id === 'uurtarief')!.value).toBe(100);
    // Delft pessimistic: costs 2000·1.2n = 24000 / 24000 + 19200; benefits 0.25 × 5000 × 10 = 12500 × ramp + 20000.
    const result = computeSelection(selection);
    expect(result.years.map((y) => [y.costs, y.benefits])).toEqual([
      [24000, 6250],
      [43200, 32500],
      [43200, 32500],
    ]);
    const whatIf = computeSelection(selection, { uurtarief: 80 });
    expect(whatIf).toEqual(computeBusinessCase(applyScenario(model, 'pessimistic'), { municipality: 'delft', values: { uurtarief: 80 } }));
    expect(whatIf.years[0]!.costs).toBe(16000);

    const unknown = selectCase(model, { municipalities: [], scenario: 'rampzalig' });
    expect(unknown.scenario).toBe('');
    expect(unknown.unknownScenario).toBe('rampzalig');
    expect(unknown.model).toBe(model);
  });

  it('gives the value of every parameter in the case', () => {
    expect(caseValues(selectCase(model, { municipalities: ['Rijswijk'], scenario: 'optimistic' }))).toEqual({
      gezinnen: 5,
      'besparing-zorg': 500,
      'extra-uren': 20,
      uurtarief: 100,
      'kosten-raadsonderzoek': 5000,
      'aandeel-voorkomen': 0.75,
    });
    expect(caseValues(selectCase(model, noFilters)).gezinnen).toBe(10);
    expect(rangedParameters(model).map((p) => p.id)).toEqual(['extra-uren', 'uurtarief', 'kosten-raadsonderzoek', 'aandeel-voorkomen']);
  });
});

describe('sliderStep', () => {
  it('moves by 1% of the range, or by the step the model gives', () => {
    expect(sliderStep(10, 30)).toBe(0.2);
    expect(sliderStep(80, 120)).toBe(0.4);
    expect(sliderStep(4000, 6000)).toBe(20);
    // Not 0.001 for a share from 0.25 to 0.75 (issue 11): a hundred steps.
    expect(sliderStep(0.25, 0.75)).toBe(0.005);
    expect(sliderStep(0.15, 0.4)).toBe(0.0025);
    expect(sliderStep(0, 250)).toBe(2.5);
    expect(sliderStep(60, 120, 5)).toBe(5);
    expect(sliderStep(60, 120, 0)).toBe(0.6); // not a valid step: 1%
    expect(sliderStep(5, 5)).toBe(1);
  });
});

describe('breakEvenCurve', () => {
  it('samples NPV over [0, 2 × max(current, break-even)] and marks the break-even value', () => {
    const selection = selectCase(model, noFilters);
    const curve = breakEvenCurve(selection, 'uurtarief', {}, 4);
    // Region, NPV linear in the hourly rate v: benefits 394679.752066 − 6000 − v × (45·20 + 45·16) × (1/1.1 + 1/1.21) − 45·20·v
    //   = 388679.752066 − v × (900 + 1620 × 1.735537) = 388679.752066 − 3711.570248 v  →  v = 104.7210…
    expect(curve.breakEven).toBeCloseTo(388679.752066 / 3711.570248, 5);
    expect(curve.breakEven).toBe(breakEven(model, 'uurtarief', { region: true }));
    expect(curve.current).toBe(100);
    expect(curve.currentNpv).toBeCloseTo(17522.727273, 5);
    expect(curve.parameter).toEqual({ id: 'uurtarief', label: 'Uurtarief', unit: '€' });
    const upper = 2 * curve.breakEven!;
    expect(curve.points.map((p) => p.value)).toEqual([0, upper / 4, upper / 2, (3 * upper) / 4, upper]);
    expect(curve.points[0]!.npv).toBeCloseTo(388679.752066, 5);
    expect(curve.points[2]!.npv).toBeCloseTo(0, 6);
    expect(curve.points[4]!.npv).toBeCloseTo(-388679.752066, 5);
  });

  it('uses the what-if value as the current value, and has no break-even when NPV keeps its sign', () => {
    const selection = selectCase(model, { municipalities: ['Delft'], scenario: '' });
    const curve = breakEvenCurve(selection, 'extra-uren', { 'extra-uren': 15 }, 2);
    expect(curve.current).toBe(15);
    expect(curve.currentNpv).toBe(computeBusinessCase(model, { municipality: 'delft', values: { 'extra-uren': 15 } }).totals.npv);
    const none = breakEvenCurve(selection, 'kosten-raadsonderzoek', { 'besparing-zorg': 10000 }, 2);
    expect(none.breakEven).toBeNull();
    expect(none.points.map((p) => p.value)).toEqual([0, 5000, 10000]);
  });
});

describe('the fixture', () => {
  it('is a valid model without warnings', () => {
    expect(validateModel(model)).toEqual({ errors: [], warnings: [] });
  });
});
