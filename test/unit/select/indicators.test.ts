import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, IndicatorCell, Suppressed } from '../../../src/data/types.js';
import { REGION } from '../../../src/data/types.js';
import { EMPTY_FILTERS, type Filters } from '../../../src/select/filters.js';
import { SELECTION } from '../../../src/select/usage.js';
import {
  availableIndicators,
  combineIndicatorCells,
  compareIndicatorIds,
  indicatorByMunicipality,
  indicatorKpis,
  indicatorsByYear,
  missingMeans,
  selectIndicators,
} from '../../../src/select/indicators.js';
import { formatIndicatorValue, indicatorNote, missingMeanNote } from '../../../src/format/indicator.js';

/** Prepared with `prepare` from hand-made rows: Delft and Wassenaar, 2024-Q1..Q4 (see the file's meta). */
const fixture: Bundle = JSON.parse(readFileSync(new URL('../../fixtures/indicators-bundle.json', import.meta.url), 'utf8'));
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const values = (cells: readonly IndicatorCell[], id: string) => cells.filter((c) => c.indicator === id).map((c) => c.value);

function cell(
  municipality: string,
  indicator: string,
  value: number | null,
  suppressed: Suppressed = false,
  extra: Partial<IndicatorCell> = {},
): IndicatorCell {
  return { municipality, period: '2024-Q1', indicator, value, label: null, suppressed, ...extra };
}

/** Three municipalities, one quarter: enough to combine several. */
const three: Bundle = {
  format: 'mbc-bundle',
  version: 2,
  suppressionThreshold: 5,
  municipalities: ['A', 'B', 'C'],
  periods: ['2024-Q1'],
  usage: [],
  usageRegion: [],
  indicators: [
    cell('A', 'vto_prevented', 10),
    cell('A', 'ots_started', 6),
    cell('A', 'ots_ended_early', 5),
    cell('A', 'ots_duration_months', 12),
    cell('A', 'survey_responses', 10),
    cell('A', 'satisfaction', 80),
    cell('B', 'vto_prevented', null, 'primary'),
    cell('B', 'ots_started', 9),
    cell('B', 'ots_ended_early', 0),
    cell('B', 'ots_duration_months', 8),
    cell('B', 'satisfaction', 70),
    cell('C', 'vto_prevented', 7),
    cell('C', 'ots_started', null, 'primary'),
    cell('C', 'ots_ended_early', 5),
    cell('C', 'ots_duration_months', 10),
    cell('C', 'survey_responses', 20),
    cell('C', 'satisfaction', 60),
    cell('C', 'wachttijd', 4, false, { label: 'Wachttijd' }),
  ],
  indicatorsRegion: [],
  warnings: [],
};

describe('selectIndicators', () => {
  it('gives the region cells in range when no municipality is selected', () => {
    const cells = selectIndicators(fixture, filters({ from: '2024-Q2', to: '2024-Q3' }));
    expect(cells).toHaveLength(20);
    expect(cells.every((c) => c.municipality === REGION)).toBe(true);
    expect(values(cells, 'vto_prevented')).toEqual([7, 14]);
    expect(cells.find((c) => c.indicator === 'satisfaction' && c.period === '2024-Q3')).toEqual({
      municipality: REGION,
      period: '2024-Q3',
      indicator: 'satisfaction',
      value: null,
      label: null,
      suppressed: false,
      flag: 'missing_weight',
      missingWeight: { weights: ['survey_responses'], municipalities: ['Wassenaar'] },
    });
  });

  it('gives the region cells when every municipality is selected, never a sum of published cells', () => {
    expect(selectIndicators(fixture, filters({ municipalities: ['Wassenaar', 'Delft'] }))).toEqual(selectIndicators(fixture, EMPTY_FILTERS));
    expect(values(selectIndicators(fixture, filters({ municipalities: ['Wassenaar', 'Delft'] })), 'vto_prevented')).toEqual([8, 7, 14, 16]);
  });

  it('gives one municipality its own cells, sorted by period and catalog order; unknown names are ignored', () => {
    const cells = selectIndicators(fixture, filters({ municipalities: ['Wassenaar', 'Atlantis'], to: '2024-Q1' }));
    expect(cells.map((c) => [c.indicator, c.value, c.suppressed])).toEqual([
      ['vto_filed', 5, false],
      ['vto_prevented', null, 'primary'],
      ['ots_started', null, 'primary'],
      ['ots_prevented', 0, false],
      ['ots_ended_early', 0, false],
      ['ots_duration_months', null, 'primary'],
      ['placements', 0, false],
      ['survey_responses', 6, false],
      ['satisfaction', 70, false],
      ['wachttijd_weken', null, 'primary'],
    ]);
  });

  it('combines several municipalities: counts add, a sum with a hidden part is hidden, means are weighted', () => {
    const ab = selectIndicators(three, filters({ municipalities: ['A', 'B'] }));
    const get = (cells: IndicatorCell[], id: string) => cells.find((c) => c.indicator === id);
    // A sum with a hidden part may have any size: "afgeschermd", not "< 5".
    expect(get(ab, 'vto_prevented')).toEqual({
      municipality: SELECTION,
      period: '2024-Q1',
      indicator: 'vto_prevented',
      value: null,
      label: null,
      suppressed: 'secondary',
      flag: 'suppressed_part',
    });
    expect(get(ab, 'ots_started')!.value).toBe(15);
    expect(get(ab, 'ots_ended_early')!.value).toBe(5);
    // Weights A: 5 + 6 = 11, B: 0 + 9 = 9 → (12 × 11 + 8 × 9) ÷ 20 = 10.2.
    expect(get(ab, 'ots_duration_months')!.value).toBe(10.2);
    // B has no survey_responses: no weight, so no value, and never the unweighted 75.
    expect(get(ab, 'satisfaction')).toMatchObject({
      value: null,
      suppressed: false,
      flag: 'missing_weight',
      missingWeight: { weights: ['survey_responses'], municipalities: ['B'] },
    });
    // Only A reports survey_responses.
    expect(get(ab, 'survey_responses')).toMatchObject({ value: 10, flag: 'partial' });

    const ac = selectIndicators(three, filters({ municipalities: ['C', 'A'] }));
    expect(get(ac, 'vto_prevented')!.value).toBe(17);
    expect(get(ac, 'ots_started')).toMatchObject({ value: null, suppressed: 'secondary', flag: 'suppressed_part' });
    // C's weight includes its hidden ots_started: hidden, not missing.
    expect(get(ac, 'ots_duration_months')).toMatchObject({ value: null, flag: 'missing_weight' });
    expect(get(ac, 'ots_duration_months')).not.toHaveProperty('missingWeight');
    // (80 × 10 + 60 × 20) ÷ 30 = 66.67.
    expect(get(ac, 'satisfaction')!.value).toBe(66.67);
    // A custom indicator has no rule to add up.
    expect(get(ac, 'wachttijd')).toMatchObject({ value: null, label: 'Wachttijd', flag: 'no_rule' });
  });
});

describe('combineIndicatorCells', () => {
  const none = () => null;
  const options = { threshold: 5, municipality: 'X', period: '2024' };

  it('returns a single complete part as it is, relabelled', () => {
    expect(combineIndicatorCells([cell('A', 'crises', 8)], none, options)).toEqual({ ...cell('A', 'crises', 8), municipality: 'X', period: '2024' });
  });

  it('never publishes a small sum, and reports a zero weight', () => {
    expect(combineIndicatorCells([cell('A', 'crises', 2), cell('B', 'crises', 1)], none, options)).toMatchObject({ value: null, suppressed: 'primary' });
    expect(combineIndicatorCells([cell('A', 'satisfaction', 80), cell('B', 'satisfaction', 70)], () => 0, options)).toMatchObject({
      value: null,
      flag: 'zero_weight',
    });
    expect(combineIndicatorCells([cell('A', 'satisfaction', 80), cell('B', 'satisfaction', 70)], () => 2, options)).toMatchObject({
      value: null,
      suppressed: 'primary',
    });
  });

  it('gives a lower bound for a count with hidden parts only when asked, and only above 0', () => {
    const parts = [cell('A', 'crises', 8), cell('B', 'crises', null, 'primary')];
    expect(combineIndicatorCells(parts, none, options)).toMatchObject({ value: null, suppressed: 'secondary', flag: 'suppressed_part' });
    expect(combineIndicatorCells(parts, none, { ...options, hiddenParts: 'lowerBound' })).toMatchObject({ value: 8, suppressed: false, flag: 'lower_bound' });
    const zero = [cell('A', 'crises', 0), cell('B', 'crises', null, 'primary')];
    // 0 + "< 5" is "< 5" itself.
    expect(combineIndicatorCells(zero, none, { ...options, hiddenParts: 'lowerBound' })).toMatchObject({
      value: null,
      suppressed: 'primary',
      flag: 'suppressed_part',
    });
    // A mean has no lower bound.
    const means = [cell('A', 'satisfaction', 80), cell('B', 'satisfaction', null, 'primary')];
    expect(combineIndicatorCells(means, () => 10, { ...options, hiddenParts: 'lowerBound' })).toMatchObject({ value: null, suppressed: 'secondary' });
  });

  it('needs at least one part', () => {
    expect(() => combineIndicatorCells([], none, options)).toThrow('combineIndicatorCells needs at least one cell');
  });
});

describe('indicatorByMunicipality', () => {
  it('adds up the periods in range per municipality, with a lower bound where quarters are hidden', () => {
    expect(indicatorByMunicipality(fixture, EMPTY_FILTERS, 'vto_prevented')).toEqual([
      { municipality: 'Delft', period: '', indicator: 'vto_prevented', value: 26, label: null, suppressed: false, flag: 'lower_bound' },
      { municipality: 'Wassenaar', period: '', indicator: 'vto_prevented', value: 11, label: null, suppressed: false, flag: 'lower_bound' },
    ]);
    expect(indicatorByMunicipality(fixture, filters({ from: '2024-Q2' }), 'vto_prevented').map((c) => [c.value, c.flag])).toEqual([
      [26, undefined],
      [11, undefined],
    ]);
  });

  it('lists every municipality whatever is selected, and hides a count with no published part above 0', () => {
    const cells = indicatorByMunicipality(fixture, filters({ municipalities: ['Delft'] }), 'ots_started');
    expect(cells.map((c) => [c.municipality, c.value, c.suppressed, c.flag])).toEqual([
      ['Delft', 7, false, 'lower_bound'],
      ['Wassenaar', null, 'secondary', 'suppressed_part'],
    ]);
  });

  it('weights a mean over periods, and gives none when a weight is hidden', () => {
    // Delft's weight in 2024-Q1 includes its hidden ots_started.
    expect(indicatorByMunicipality(fixture, EMPTY_FILTERS, 'ots_duration_months')[0]).toMatchObject({
      municipality: 'Delft',
      value: null,
      flag: 'missing_weight',
    });
    // Satisfaction, weighted by survey_responses: (78.4 × 20 + 80.1 × 22 + 81 × 18 + 82.5 × 25) ÷ 85 = 6850.7 ÷ 85 = 80.6.
    expect(indicatorByMunicipality(fixture, EMPTY_FILTERS, 'satisfaction')[0]!.value).toBe(80.6);
  });
});

describe('indicatorsByYear', () => {
  it('adds up a year of region quarters with the catalog rules', () => {
    const years = indicatorsByYear(selectIndicators(fixture, EMPTY_FILTERS), 5);
    const get = (id: string) => years.find((c) => c.indicator === id)!;
    expect(get('vto_prevented')).toEqual({
      municipality: REGION,
      period: '2024',
      indicator: 'vto_prevented',
      value: 45,
      label: null,
      suppressed: false,
      periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'],
    });
    // Weights ots_ended_early + ots_started: 12, 14, 14, 20 →
    // (11.54 × 12 + 10.89 × 14 + 10.2 × 14 + 9.48 × 20) ÷ 60 = 10.39; Q3 is partial, so the year is.
    expect(get('ots_duration_months')).toMatchObject({ value: 10.39, flag: 'partial' });
    // The year has no mean because Q3 has none, for the reason Q3 gives.
    expect(get('satisfaction')).toMatchObject({
      value: null,
      flag: 'missing_weight',
      missingWeight: { weights: ['survey_responses'], municipalities: ['Wassenaar'] },
    });
    expect(get('survey_responses')).toMatchObject({ value: 106, flag: 'partial' });
    expect(get('wachttijd_weken')).toMatchObject({ value: null, flag: 'no_rule' });
  });

  it('gives lower bounds for counts with hidden quarters and names the quarters in range', () => {
    const years = indicatorsByYear(selectIndicators(fixture, filters({ municipalities: ['Wassenaar'], to: '2024-Q2' })), 5);
    const filed = years.find((c) => c.indicator === 'vto_filed');
    expect(filed).toMatchObject({ value: 11, periods: ['2024-Q1', '2024-Q2'] });
    expect(filed).not.toHaveProperty('flag');
    expect(years.find((c) => c.indicator === 'vto_prevented')).toMatchObject({ value: null, suppressed: 'primary', flag: 'suppressed_part' });
    const all = indicatorsByYear(selectIndicators(fixture, filters({ municipalities: ['Wassenaar'] })), 5);
    expect(all.find((c) => c.indicator === 'vto_filed')).toMatchObject({ value: 18, flag: 'lower_bound' });
  });

  it('uses a whole year as given rather than adding its quarters to it', () => {
    const cells = [cell('A', 'crises', 40, false, { period: '2024' }), cell('A', 'crises', 10), cell('A', 'crises', 12, false, { period: '2024-Q2' })];
    expect(indicatorsByYear(cells, 5)).toEqual([{ ...cells[0], periods: ['2024'] }]);
  });
});

describe('availableIndicators and compareIndicatorIds', () => {
  it('lists the ids in catalog order with the data label of a custom id', () => {
    expect(availableIndicators(fixture)).toEqual([
      { id: 'vto_filed', label: null },
      { id: 'vto_prevented', label: null },
      { id: 'ots_started', label: null },
      { id: 'ots_prevented', label: null },
      { id: 'ots_ended_early', label: null },
      { id: 'ots_duration_months', label: null },
      { id: 'placements', label: null },
      { id: 'survey_responses', label: null },
      { id: 'satisfaction', label: null },
      { id: 'wachttijd_weken', label: 'Wachttijd lokaal team (weken)' },
    ]);
    expect(['zz', 'crises', 'aa', 'vto_filed'].sort(compareIndicatorIds)).toEqual(['vto_filed', 'crises', 'aa', 'zz']);
  });
});

describe('indicatorKpis', () => {
  it('adds up published counts and takes the latest mean OTS duration', () => {
    expect(indicatorKpis(selectIndicators(fixture, EMPTY_FILTERS))).toEqual({
      vtoPrevented: { total: 45, partial: false },
      otsPrevented: { total: 40, partial: false },
      otsEndedEarly: { total: 31, partial: false },
      otsDuration: { value: 9.48, period: '2024-Q4' },
      otsDurationHidden: false,
      otsDurationMissing: null,
      from: '2024-Q1',
      to: '2024-Q4',
    });
  });

  it('leaves hidden values out and says so', () => {
    expect(indicatorKpis(selectIndicators(fixture, filters({ municipalities: ['Wassenaar'], to: '2024-Q3' })))).toEqual({
      vtoPrevented: { total: 5, partial: true },
      otsPrevented: { total: 5, partial: true },
      otsEndedEarly: { total: 0, partial: true },
      otsDuration: null,
      otsDurationHidden: true,
      otsDurationMissing: null,
      from: '2024-Q1',
      to: '2024-Q3',
    });
    expect(indicatorKpis([])).toEqual({
      vtoPrevented: null,
      otsPrevented: null,
      otsEndedEarly: null,
      otsDuration: null,
      otsDurationHidden: false,
      otsDurationMissing: null,
      from: '',
      to: '',
    });
  });
});

describe('why a mean is empty', () => {
  const regionQ3 = selectIndicators(fixture, filters({ from: '2024-Q3', to: '2024-Q3' })).find((c) => c.indicator === 'satisfaction')!;

  // Municipality names from the data stand isolated (FSI … PDI) in the sentence.
  const I = (name: string) => `\u2068${name}\u2069`;

  it('names the weight that was not supplied, and for whom, in the note of the cell', () => {
    expect(indicatorNote(regionQ3, 'nl')).toBe(`regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor ${I('Wassenaar')}`);
    expect(indicatorNote(regionQ3, 'en')).toBe(`no region mean: weight Family survey respondents not supplied for ${I('Wassenaar')}`);
    // A right-to-left override in a name cannot reach past it.
    expect(indicatorNote({ ...regionQ3, missingWeight: { weights: ['survey_responses'], municipalities: ['واسنار\u202E'] } }, 'nl')).toBe(
      `regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor ${I('واسنار')}`,
    );
    const both = {
      ...regionQ3,
      indicator: 'ots_duration_months',
      missingWeight: { weights: ['ots_ended_early', 'ots_started'], municipalities: ['Delft', 'Rijswijk'] },
    };
    expect(indicatorNote(both, 'nl')).toBe(
      `regiogemiddelde ontbreekt: gewicht OTS eerder beëindigd en OTS gestart niet aangeleverd voor ${I('Delft')} en ${I('Rijswijk')}`,
    );
    const selection = selectIndicators(three, filters({ municipalities: ['A', 'B'] })).find((c) => c.indicator === 'satisfaction')!;
    expect(indicatorNote(selection, 'nl')).toBe(`gemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor ${I('B')}`);
    // Without the detail (an older bundle), the flag's own text.
    expect(indicatorNote({ ...regionQ3, missingWeight: undefined }, 'nl')).toBe('gewicht ontbreekt; geen ongewogen gemiddelde');
  });

  it('lists the empty means of a selection once per indicator and reason, with their periods', () => {
    const cells = selectIndicators(fixture, EMPTY_FILTERS);
    const notes = missingMeans(cells);
    expect(notes).toEqual([{ indicator: 'satisfaction', periods: ['2024-Q3'], cell: regionQ3 }]);
    expect(missingMeanNote(notes[0]!, 'nl')).toBe(
      `Tevredenheid gezinnen (%), 2024 K3: regiogemiddelde ontbreekt: gewicht Respondenten gezinsvragenlijst niet aangeleverd voor \u2068Wassenaar\u2069.`,
    );
    expect(missingMeans(selectIndicators(fixture, filters({ to: '2024-Q2' })))).toEqual([]);
  });

  it('explains the key figure of the OTS duration when its latest period has no mean', () => {
    const cells = [
      { ...cell(REGION, 'ots_duration_months', 11), period: '2024-Q1' },
      {
        ...cell(REGION, 'ots_duration_months', null),
        period: '2024-Q2',
        flag: 'missing_weight',
        missingWeight: { weights: ['ots_started'], municipalities: ['Delft'] },
      },
    ];
    expect(indicatorKpis(cells)).toMatchObject({ otsDuration: { value: 11, period: '2024-Q1' }, otsDurationMissing: cells[1] });
    expect(indicatorKpis(cells.slice(0, 1)).otsDurationMissing).toBeNull();
  });
});

describe('custom indicators with a declared kind', () => {
  const custom = (municipality: string, indicator: string, value: number | null, extra: Partial<IndicatorCell> = {}) =>
    cell(municipality, indicator, value, false, { label: indicator, ...extra });
  const mean = { kind: 'mean' as const, weights: ['wachtenden'] };
  const bundle: Bundle = {
    ...three,
    indicators: [
      custom('A', 'wachtenden', 10, { kind: 'count' }),
      custom('A', 'wachttijd', 4, mean),
      custom('A', 'tevreden', 81.25, { kind: 'percent' }),
      custom('B', 'wachtenden', 30, { kind: 'count' }),
      custom('B', 'wachttijd', 2, mean),
      custom('B', 'tevreden', 70, { kind: 'percent' }),
    ],
  };

  it('adds up a custom count and weights a custom mean, as for standard indicators', () => {
    const ab = selectIndicators(bundle, filters({ municipalities: ['A', 'B'] }));
    const get = (id: string) => ab.find((c) => c.indicator === id)!;
    expect(get('wachtenden')).toMatchObject({ value: 40, kind: 'count' });
    // (4 × 10 + 2 × 30) ÷ 40 = 2.5 weeks.
    expect(get('wachttijd')).toMatchObject({ value: 2.5, kind: 'mean', weights: ['wachtenden'] });
    // A percentage without weights has no rule to combine.
    expect(get('tevreden')).toMatchObject({ value: null, flag: 'no_rule' });
  });

  it('formats by the declared kind: a mean of 4 weeks is no "< 5", a percentage reads as one', () => {
    expect(formatIndicatorValue(custom('A', 'wachttijd', 4, mean), 'nl')).toBe('4');
    expect(formatIndicatorValue(custom('A', 'tevreden', 81.25, { kind: 'percent' }), 'nl')).toBe('81,3%');
    expect(formatIndicatorValue(custom('A', 'wachttijd', null, { ...mean, suppressed: 'primary' }), 'nl')).toBe('afgeschermd');
    expect(formatIndicatorValue(custom('A', 'wachtenden', null, { kind: 'count', suppressed: 'primary' }), 'nl')).toBe('< 5');
  });
});
