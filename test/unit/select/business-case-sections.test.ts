import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/data/types.js';
import { computeBusinessCase, validateModel, type BusinessCaseModel } from '../../../src/model/index.js';
import { alternatives } from '../../../src/select/business-case-alternatives.js';
import { cashCapacity, regionNotes, warningNotes } from '../../../src/select/business-case-notes.js';
import { realised } from '../../../src/select/business-case-realised.js';
import { computeSelection, scenarioChoices, scenarioEqualToOwnValues, selectCase } from '../../../src/select/business-case.js';

const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const model = read<BusinessCaseModel>('../../fixtures/business-case-v2.json');
const small = read<BusinessCaseModel>('../../fixtures/business-case-small.json');
const bundle = read<Bundle>('../../fixtures/small-bundle.json');

// The version-2 fixture (3 years from 2025, no discounting; Delft 30 and Wassenaar 10 planned
// indications 2a; 100,000 and 20,000 inhabitants). Small bundle: Delft 12 + 13 + 14 + 15 = 54
// indications 2a in 2024; Wassenaar's first two quarters are suppressed.

describe('scenarioChoices', () => {
  it('offers a scenario equal to the model’s own values once, under its own label', () => {
    expect(scenarioChoices(small)).toEqual([
      { id: '', label: 'Verwacht', sameAs: 'expected' },
      { id: 'pessimistic', label: 'Pessimistisch' },
      { id: 'optimistic', label: 'Optimistisch' },
    ]);
    // A scenario that leaves items out is never the same as the model's own values.
    expect(scenarioChoices(model).map((c) => c.id)).toEqual(['', 'doorgaan', 'stoppen']);
    expect(scenarioEqualToOwnValues({ scenarios: 'x' })).toBeUndefined();
    expect(scenarioEqualToOwnValues(null)).toBeUndefined();
  });
});

describe('alternatives', () => {
  it('computes every alternative side by side for the same municipalities, naming what it leaves out', () => {
    const rows = alternatives(model, { municipalities: [], scenario: 'doorgaan' });
    expect(rows.map((r) => [r.id, r.label, r.current, r.excluded.length, r.empty])).toEqual([
      ['', 'Verwacht', false, 0, false],
      ['doorgaan', 'Doorgaan', true, 1, false],
      ['stoppen', 'Stoppen', false, 7, true],
    ]);
    // Own values: −282,280; continuing leaves the 3,200 start-up training out: −279,080.
    expect(rows.map((r) => r.npv)).toEqual([-282280, -279080, 0]);
    expect(rows[1]!.excluded).toEqual(['Starttraining']);
    expect(rows[1]!.cashNpv).toBe(-117800);
    expect(rows[1]!.capacityNpv).toBe(-161280);
    // For Delft alone, on the data (54 indications instead of 30).
    const delft = alternatives(model, { municipalities: ['Delft'], scenario: '' }, bundle);
    expect(delft[0]!.npv).toBe(computeBusinessCase(model, { municipality: 'delft', data: bundle }).totals.npv);
    // The duplicate scenario selected elsewhere marks the first row as shown.
    expect(alternatives(model, { municipalities: [], scenario: 'verwacht' })[0]!.current).toBe(true);
  });
});

describe('realised', () => {
  it('puts the planned values and NPV against the data, naming each fallback', () => {
    const selection = selectCase(model, { municipalities: [], scenario: '' });
    const result = computeSelection(selection, {}, 'nl', bundle);
    const r = realised(selection, {}, bundle, result)!;
    // Region: Delft from the data (54), Wassenaar suppressed: its plan (10).
    expect(r.rows).toEqual([
      {
        parameter: 'indicaties-2a',
        label: 'Indicaties 2a per jaar',
        unit: 'indicaties',
        period: '2024',
        annualised: false,
        planned: 40,
        used: 64,
        fromData: 1,
        total: 2,
      },
    ]);
    expect(r.fallbacks).toEqual([{ parameter: 'indicaties-2a', label: 'Indicaties 2a per jaar', municipality: 'Wassenaar', reason: 'suppressed', used: 10 }]);
    expect(r.plannedNpv).toBe(-282280);
    expect(r.realisedNpv).toBe(result.totals.npv);
    // One municipality.
    const delft = selectCase(model, { municipalities: ['Delft'], scenario: '' });
    const d = realised(delft, {}, bundle, computeSelection(delft, {}, 'nl', bundle))!;
    expect(d.rows[0]).toMatchObject({ planned: 30, used: 54, fromData: 1, total: 1 });
    expect(d.fallbacks).toEqual([]);
    // Nothing to show without data or without bindings.
    expect(realised(selection, {}, null, result)).toBeNull();
    const unbound = selectCase(small, { municipalities: [], scenario: '' });
    expect(realised(unbound, {}, bundle, computeSelection(unbound))).toBeNull();
  });
});

describe('cash, capacity, region items and warnings', () => {
  it('splits the NPV into cash and capacity, for all stakeholders and for the municipality’s own', () => {
    const c = cashCapacity(computeBusinessCase(model));
    expect(c.cash.npv).toBe(-117800);
    expect(c.capacity.npv).toBe(-164480);
    // Gemeente and Lokaal Team are the municipality's: cash −117,800 (all of it) and capacity −164,480.
    expect(c.municipal).toEqual({ cash: -117800, capacity: -164480, stakeholders: ['Gemeente', 'Lokaal Team'] });
    expect(c.stakeholders.find((s) => s.id === 'lokaal-team')).toMatchObject({ cashNpv: 0, capacityNpv: -1600 - 192000 + 30720 });
  });

  it('names the region items a municipality carries by its key, and those none carries', () => {
    const delft = computeBusinessCase(model, { municipality: 'delft' });
    expect(regionNotes(delft)).toEqual({
      allocated: [{ label: 'Regionale programmaleiding', keyLabel: 'Inwoners', share: 100000 / 120000, pv: 150000 }],
      uncarried: [{ label: 'Regionale website', pv: 5000, type: 'cost' }],
    });
    expect(selectCase(model, { municipalities: ['Delft'], scenario: '' }).omittedRegionItems).toEqual(['Regionale website']);
  });

  it('names the parameter or item each warning is about', () => {
    const broken = structuredClone(model);
    broken.parameters[2]!.value = 1.2; // aandeel-bereikt, range 0.5 … 1
    broken.scenarios![1]!.values = { 'aandeel-vto': 0.5 };
    broken.items[6]!.from = 9; // never applies (an incidental item: ignored, a warning)
    const { warnings } = validateModel(broken);
    expect(warningNotes(broken, warnings).map((n) => [n.kind, n.subject, n.code])).toEqual([
      ['parameter', 'Aandeel bereikt', 'value-out-of-range'],
      ['item', 'Regionale website', 'ignored-field'],
      ['parameter', 'Aandeel VTO voorkomen', 'value-out-of-range'],
    ]);
  });
});
