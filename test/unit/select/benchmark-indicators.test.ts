import { describe, expect, it } from 'vitest';
import { selectBenchmark } from '../../../src/select/benchmark.js';
import { findDenominator } from '../../../src/select/benchmark-denominator.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import { bundleOf, indicator, modelWith } from './benchmark-fixtures.js';

const M = ['Delft', 'Den Haag', 'Rijswijk', 'Wassenaar'];
const Q = ['2024-Q1', '2024-Q2'];
const measure = (id: string) => ({ kind: 'indicator', indicator: id }) as const;
/** Place, value, compared value, and why not ranked (for a row without a value: its flag). */
const rows = (b: ReturnType<typeof selectBenchmark>) =>
  b.rows.map((r) => [r.municipality, r.rank, r.value, r.compared, r.unranked === 'no_value' ? r.flag : (r.unranked ?? null)]);

describe('selectBenchmark: indicators', () => {
  it('adds up a count indicator over the periods, hides a sum with a hidden part, and leaves an incomplete one unranked', () => {
    const bundle = bundleOf(M, Q, {
      indicators: [
        indicator('Delft', '2024-Q1', 'vto_prevented', 6),
        indicator('Delft', '2024-Q2', 'vto_prevented', 9),
        indicator('Den Haag', '2024-Q1', 'vto_prevented', 20),
        indicator('Den Haag', '2024-Q2', 'vto_prevented', null, 'primary'),
        indicator('Rijswijk', '2024-Q1', 'vto_prevented', 7),
        indicator('Wassenaar', '2024-Q1', 'vto_prevented', 0),
        indicator('Wassenaar', '2024-Q2', 'vto_prevented', 5),
      ],
    });
    const b = selectBenchmark(bundle, measure('vto_prevented'), EMPTY_FILTERS, {
      model: modelWith({ Delft: 100000, 'Den Haag': 500000, Rijswijk: 50000, Wassenaar: 25000 }),
    });
    // Delft 15 / 100,000 = 0.15 per 1,000; Wassenaar 5 / 25,000 = 0.2; Rijswijk lacks 2024-Q2.
    expect(rows(b)).toEqual([
      ['Wassenaar', 1, 5, 0.2, null],
      ['Delft', 2, 15, 0.15, null],
      ['Rijswijk', null, 7, null, 'partial'],
      ['Den Haag', null, null, null, 'hidden'],
    ]);
    expect(b.rows.find((r) => r.municipality === 'Den Haag')).toMatchObject({ suppressed: 'secondary', flag: 'suppressed_part', rate: null });
    expect(b.rows.find((r) => r.municipality === 'Rijswijk')!.rate).toBe(0.14);
  });

  it('weights a mean by its named counts; a hidden weight leaves it empty, never unweighted', () => {
    const bundle = bundleOf(M, Q, {
      indicators: [
        indicator('Delft', '2024-Q1', 'satisfaction', 80),
        indicator('Delft', '2024-Q2', 'satisfaction', 70),
        indicator('Delft', '2024-Q1', 'survey_responses', 10),
        indicator('Delft', '2024-Q2', 'survey_responses', 30),
        indicator('Den Haag', '2024-Q1', 'satisfaction', 60),
        indicator('Den Haag', '2024-Q2', 'satisfaction', 90),
        indicator('Den Haag', '2024-Q1', 'survey_responses', 20),
        indicator('Den Haag', '2024-Q2', 'survey_responses', null, 'primary'),
        indicator('Rijswijk', '2024-Q1', 'satisfaction', 75),
        indicator('Rijswijk', '2024-Q2', 'satisfaction', 70),
        indicator('Rijswijk', '2024-Q1', 'survey_responses', 10),
        indicator('Rijswijk', '2024-Q2', 'survey_responses', 10),
      ],
    });
    const b = selectBenchmark(bundle, measure('satisfaction'), EMPTY_FILTERS, { model: modelWith({ Delft: 1000 }) });
    // Delft (80 × 10 + 70 × 30) / 40 = 72.5; Rijswijk (75 + 70) / 2 = 72.5: a tie. A percentage: no rate.
    expect([b.unit, b.rated, b.digits]).toEqual(['percent', false, 1]);
    expect(rows(b)).toEqual([
      ['Delft', 1, 72.5, 72.5, null],
      ['Rijswijk', 1, 72.5, 72.5, null],
      ['Den Haag', null, null, null, 'missing_weight'],
      ['Wassenaar', null, null, null, 'no_data'],
    ]);
  });

  it('uses a year once where the data gives it next to its quarters; a custom indicator is not added up over periods', () => {
    const bundle = bundleOf(['Delft', 'Rijswijk'], ['2024', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'], {
      indicators: [
        indicator('Delft', '2024', 'placements', 40),
        ...[1, 2, 3, 4].map((q) => indicator('Delft', `2024-Q${q}`, 'placements', 10)),
        ...[1, 2, 3, 4].map((q) => indicator('Rijswijk', `2024-Q${q}`, 'placements', 5)),
        indicator('Delft', '2024-Q1', 'wachttijd', 6.5, false, 'Wachttijd (weken)'),
        indicator('Delft', '2024-Q2', 'wachttijd', 7.5, false, 'Wachttijd (weken)'),
      ],
    });
    expect(rows(selectBenchmark(bundle, measure('placements'), EMPTY_FILTERS))).toEqual([
      ['Delft', 1, 40, 40, null],
      ['Rijswijk', 2, 20, 20, null],
    ]);
    const custom = selectBenchmark(bundle, measure('wachttijd'), EMPTY_FILTERS);
    expect(custom.unit).toBe('value');
    expect(rows(custom)).toEqual([
      ['Delft', null, null, null, 'no_rule'],
      ['Rijswijk', null, null, null, 'no_data'],
    ]);
    const oneQuarter = selectBenchmark(bundle, measure('wachttijd'), { ...EMPTY_FILTERS, from: '2024-Q2', to: '2024-Q2' });
    expect(rows(oneQuarter)[0]).toEqual(['Delft', 1, 7.5, 7.5, null]);
  });
});

describe('the denominator of a rate', () => {
  const bundle = bundleOf(['Delft', 'Den Haag', 'Rijswijk'], ['2023', '2024-Q1', '2024-Q2'], {
    indicators: [
      indicator('Delft', '2023', 'jeugdigen', 20000, false, 'Jeugdigen 0-17'),
      indicator('Delft', '2024-Q1', 'jeugdigen', 21000, false, 'Jeugdigen 0-17'),
      indicator('Den Haag', '2024-Q1', 'jeugdigen', null, 'secondary'),
      indicator('Rijswijk', '2023', 'jeugdigen', 0),
    ],
  });

  it('comes from the model: a municipality value of the parameter, matched by dataName, label or id, ignoring case', () => {
    const model = {
      parameters: [{ id: 'inwoners', label: 'Inwoners', value: 1182000 }],
      municipalities: [
        { id: 'delft', label: 'DELFT', values: { inwoners: 106000 } },
        { id: 'dh', label: 's-Gravenhage', dataName: 'Den Haag', values: { inwoners: 566000 } },
        { id: 'rijswijk', label: 'Gemeente R', values: { inwoners: 58000 } },
        { id: 'elders', label: 'Elders', values: { inwoners: 1 } },
      ],
    };
    const d = findDenominator(bundle, model, 'inwoners');
    expect(d).toMatchObject({ id: 'inwoners', source: 'model', label: 'Inwoners' });
    expect([...d!.values]).toEqual([
      ['Delft', 106000],
      ['Den Haag', 566000],
      ['Rijswijk', 58000],
    ]);
    // The base value (a region total) is never used for a municipality.
    expect(findDenominator(bundle, { parameters: model.parameters, municipalities: [] }, 'inwoners')).toBeNull();
  });

  it('or from an indicator: the latest published value up to the end of the range, never a hidden or zero one', () => {
    const d = findDenominator(bundle, null, 'jeugdigen', '2024-Q2');
    expect(d).toMatchObject({ source: 'indicator', label: 'Jeugdigen 0-17' });
    expect([...d!.values]).toEqual([['Delft', 21000]]);
    expect([...findDenominator(bundle, null, 'jeugdigen', '2023-Q4')!.values]).toEqual([['Delft', 20000]]);
    // The model wins when it has the id.
    expect(findDenominator(bundle, modelWith({ Rijswijk: 9000 }, 'jeugdigen'), 'jeugdigen', '2024-Q2')!.source).toBe('model');
    expect(findDenominator(bundle, null, '', '2024-Q2')).toBeNull();
  });

  it("follows a custom indicator's declared kind: a count is a rate and protected, a mean is neither, an undeclared one is protected", () => {
    const declared = (m: string, id: string, value: number, kind?: 'count' | 'mean') => ({ ...indicator(m, '2024-Q1', id, value), ...(kind ? { kind } : {}) });
    const custom = bundleOf(['Delft', 'Rijswijk'], ['2024-Q1'], {
      indicators: [
        declared('Delft', 'meldingen_eigen', 12, 'count'),
        declared('Rijswijk', 'meldingen_eigen', 3, 'count'),
        declared('Delft', 'wachttijd', 6.5, 'mean'),
        declared('Rijswijk', 'wachttijd', 3, 'mean'),
        declared('Delft', 'los', 8),
        declared('Rijswijk', 'los', 2),
      ],
    });
    const model = modelWith({ Delft: 100000, Rijswijk: 50000 });
    const counts = selectBenchmark(custom, measure('meldingen_eigen'), EMPTY_FILTERS, { model });
    // 12 per 100,000 inhabitants = 0.12 per 1,000; Rijswijk's 3 is hidden, "< 5", no rate.
    expect([counts.unit, counts.rated]).toEqual(['count', true]);
    expect(counts.rows.map((r) => [r.municipality, r.rank, r.value, r.rate, r.suppressed])).toEqual([
      ['Delft', 1, 12, 0.12, false],
      ['Rijswijk', null, null, null, 'primary'],
    ]);
    // A declared mean of 3 is a mean, not a small count: shown and ranked, never a rate.
    const means = selectBenchmark(custom, measure('wachttijd'), EMPTY_FILTERS, { model });
    expect([means.unit, means.rated]).toEqual(['value', false]);
    expect(means.rows.map((r) => [r.municipality, r.rank, r.compared])).toEqual([
      ['Delft', 1, 6.5],
      ['Rijswijk', 2, 3],
    ]);
    // Without a declaration a custom value is protected as a count, as the bundle check does.
    const plain = selectBenchmark(custom, measure('los'), EMPTY_FILTERS, { model });
    expect(plain.rows.map((r) => [r.municipality, r.value, r.suppressed])).toEqual([
      ['Delft', 8, false],
      ['Rijswijk', null, 'primary'],
    ]);
  });

  it('never makes an indicator a rate of itself', () => {
    const b = selectBenchmark(bundle, measure('jeugdigen'), { ...EMPTY_FILTERS, from: '2024-Q1', to: '2024-Q1' }, { denominator: 'jeugdigen' });
    expect(b.rated).toBe(false);
  });
});
