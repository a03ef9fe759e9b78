import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseIndicators } from '../../../src/data/parse-indicators.js';
import { prepare, stringifyBundle } from '../../../src/data/prepare.js';
import type { Bundle, IndicatorRow, Route, UsageCell, UsageRow } from '../../../src/data/types.js';
import { REGION } from '../../../src/data/types.js';
import { threeMunicipalities } from './three-municipalities.js';
import { usageCell } from '../../../src/data/usage-cell.js';

const START: Record<string, string> = { Q1: '02-15', Q2: '05-15', Q3: '08-15', Q4: '11-15' };

/** A usage row; `period` like `2024-Q1` sets `start` inside that quarter. */
function row(municipality: string, product: UsageRow['product'], period: string, o: Partial<UsageRow> = {}): UsageRow {
  return {
    municipality,
    product,
    start: `${period.slice(0, 4)}-${START[period.slice(5)]!}`,
    end: null,
    period,
    hoursAvailable: product === '1' ? null : 25,
    hoursUsed: product === '1' ? null : 10,
    ltExtraHours: null,
    caseId: null,
    route: null,
    ...o,
  };
}

function times(n: number, make: (i: number) => UsageRow): UsageRow[] {
  return Array.from({ length: n }, (_, i) => make(i));
}

const find = (cells: readonly UsageCell[], municipality: string, period: string, product: string): UsageCell => {
  const c = cells.find((x) => x.municipality === municipality && x.period === period && x.product === product);
  if (!c) throw new Error(`no cell ${municipality} ${period} ${product}`);
  return c;
};

const routes = (prevented: number | null, endedEarly: number | null, required: number | null, collaboration: number | null): Record<Route, number | null> => ({
  ots_prevented: prevented,
  ots_ended_early: endedEarly,
  ots_required: required,
  ots_collaboration: collaboration,
});

/** A cell hidden as "< 5" (primary); `{ ...hidden, suppressed: 'secondary' }` for cover. */
const { municipality: _m, period: _p, product: _q, ...hidden } = usageCell({ municipality: '', period: '', product: '1', suppressed: 'primary' });

describe('prepare: usage cells', () => {
  const usage: UsageRow[] = [
    row('Delft', '2a', '2024-Q1', { hoursUsed: 10, ltExtraHours: 12, caseId: 'A', route: 'ots_prevented' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 16, ltExtraHours: 20, caseId: 'B', route: 'ots_prevented' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 20, caseId: 'A', route: 'ots_ended_early' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 26, ltExtraHours: 30, caseId: 'C', route: 'ots_required' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 12.5, ltExtraHours: 10, caseId: 'D', route: 'ots_collaboration' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 30, hoursAvailable: 40, ltExtraHours: 15, caseId: 'E', route: 'ots_prevented' }),
    row('Delft', '2a', '2024-Q1', { hoursUsed: 5, caseId: 'F' }),
    row('Delft', '2b', '2024-Q1', { hoursUsed: 10, caseId: 'G' }),
    row('Delft', '2b', '2024-Q1', { hoursUsed: 20, caseId: 'H' }),
    row('Delft', '2b', '2024-Q1', { hoursUsed: 4 }),
    row('Delft', '2b', '2024-Q1', { hoursUsed: 8 }),
    row('Delft', '1', '2024-Q1'),
    row('Delft', '1', '2024-Q1'),
    row('Zoetermeer', '1', '2024-Q2'),
  ];
  // Threshold 1: nothing is suppressed, so every figure can be checked.
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await prepare({ usage }, { suppressionThreshold: 1 });
  });

  it('counts, sums, mean, odd median, over-cap and routes of a cell', async () => {
    expect(find(bundle.usage, 'Delft', '2024-Q1', '2a')).toEqual({
      municipality: 'Delft',
      period: '2024-Q1',
      product: '2a',
      indications: 7,
      families: 6, // A twice
      hoursUsed: 119.5,
      hoursAvailable: 190,
      meanHoursUsed: 17.07, // 119.5 / 7, to two decimals
      medianHoursUsed: 16, // 5 10 12.5 [16] 20 26 30
      overCap: 1, // 26 > 25; 30 ≤ 40
      ltExtraHours: 87,
      routes: routes(3, 1, 1, 1), // one without a route
      suppressed: false,
    });
  });

  it('takes the mean of the two middle values for an even count; families count only rows with a case id', async () => {
    const c = find(bundle.usage, 'Delft', '2024-Q1', '2b');
    expect(c.medianHoursUsed).toBe(9); // 4 8 | 10 20
    expect(c.meanHoursUsed).toBe(10.5);
    expect(c.families).toBe(2);
    expect(c.indications).toBe(4);
  });

  it('gives null families and hours when the cell has no case ids and no hours (product 1)', async () => {
    const c = find(bundle.usage, 'Delft', '2024-Q1', '1');
    expect(c).toEqual({
      municipality: 'Delft',
      period: '2024-Q1',
      product: '1',
      indications: 2,
      families: null,
      hoursUsed: null,
      hoursAvailable: null,
      meanHoursUsed: null,
      medianHoursUsed: null,
      overCap: 0,
      ltExtraHours: null,
      routes: routes(0, 0, 0, 0),
      suppressed: false,
    });
  });

  it('has a cell for every municipality × period × product, and zero stays zero', async () => {
    expect(bundle.usage).toHaveLength(2 * 2 * 3);
    expect(find(bundle.usage, 'Zoetermeer', '2024-Q1', '2a')).toEqual({
      municipality: 'Zoetermeer',
      period: '2024-Q1',
      product: '2a',
      indications: 0,
      families: null,
      hoursUsed: null,
      hoursAvailable: null,
      meanHoursUsed: null,
      medianHoursUsed: null,
      overCap: 0,
      ltExtraHours: null,
      routes: routes(0, 0, 0, 0),
      suppressed: false,
    });
    // also at the default threshold
    const strict = await prepare({ usage });
    expect(find(strict.usage, 'Zoetermeer', '2024-Q1', '2a').indications).toBe(0);
    expect(find(strict.usage, 'Zoetermeer', '2024-Q1', '2a').suppressed).toBe(false);
  });

  it('orders cells by municipality, period and product', async () => {
    expect(bundle.usage.map((c) => `${c.municipality} ${c.period} ${c.product}`)).toEqual([
      'Delft 2024-Q1 1',
      'Delft 2024-Q1 2a',
      'Delft 2024-Q1 2b',
      'Delft 2024-Q2 1',
      'Delft 2024-Q2 2a',
      'Delft 2024-Q2 2b',
      'Zoetermeer 2024-Q1 1',
      'Zoetermeer 2024-Q1 2a',
      'Zoetermeer 2024-Q1 2b',
      'Zoetermeer 2024-Q2 1',
      'Zoetermeer 2024-Q2 2a',
      'Zoetermeer 2024-Q2 2b',
    ]);
    expect(bundle.usageRegion.map((c) => `${c.municipality} ${c.period} ${c.product}`)).toEqual([
      `${REGION} 2024-Q1 1`,
      `${REGION} 2024-Q1 2a`,
      `${REGION} 2024-Q1 2b`,
      `${REGION} 2024-Q2 1`,
      `${REGION} 2024-Q2 2a`,
      `${REGION} 2024-Q2 2b`,
    ]);
  });

  it('adds the hours distribution per municipality and year, 5-hour bins with a last bin over 25', async () => {
    const delft2a = bundle.hoursDistribution!.filter((b) => b.municipality === 'Delft' && b.product === '2a');
    expect(delft2a.map((b) => [b.binStart, b.binEnd, b.count])).toEqual([
      [0, 5, 1], // 5
      [5, 10, 1], // 10
      [10, 15, 1], // 12.5
      [15, 20, 2], // 16, 20
      [20, 25, 0],
      [25, null, 2], // 26, 30
    ]);
    expect(bundle.hoursDistributionRegion!.filter((b) => b.product === '2b').map((b) => b.count)).toEqual([1, 2, 0, 1, 0, 0]); // 4 | 8 10 | 20
  });

  it('leaves the hours distribution out when no row has hours', async () => {
    const onlyAdvice = await prepare({ usage: [row('Delft', '1', '2024-Q1')] });
    expect(onlyAdvice).not.toHaveProperty('hoursDistribution');
    expect(onlyAdvice).not.toHaveProperty('hoursDistributionRegion');
  });
});

describe('prepare: region cells come from the raw rows', () => {
  // Wassenaar 2 (small), Delft 7, Den Haag 9; threshold 5.
  const usage: UsageRow[] = [
    ...times(2, (i) => row('Wassenaar', '2a', '2024-Q1', { hoursUsed: 30 + i, caseId: `W${i}`, route: 'ots_prevented' })),
    ...times(7, (i) => row('Delft', '2a', '2024-Q1', { hoursUsed: 4, caseId: `D${i}`, route: i < 5 ? 'ots_prevented' : 'ots_required' })),
    ...times(9, (i) => row('Den Haag', '2a', '2024-Q1', { hoursUsed: 10 + i, caseId: `H${i}`, route: 'ots_ended_early' })),
  ];
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = await prepare({ usage });
  });

  it('suppresses the small cell ("< 5") and, secondary, the smallest other cell; zeros that the totals reveal anyway are published', async () => {
    // Region routes: ended early 9 (all Den Haag), collaboration 0: zero for the hidden cells too.
    expect(find(bundle.usage, 'Wassenaar', '2024-Q1', '2a')).toEqual({
      municipality: 'Wassenaar',
      period: '2024-Q1',
      product: '2a',
      ...hidden,
      routes: routes(null, 0, null, 0),
    });
    // Delft's hours (4 each) all lie in the first bin; its published last bin (0) is its over-cap.
    expect(find(bundle.usage, 'Delft', '2024-Q1', '2a')).toEqual({
      municipality: 'Delft',
      period: '2024-Q1',
      product: '2a',
      ...hidden,
      overCap: 0,
      routes: routes(null, 0, null, 0),
      suppressed: 'secondary',
    });
    expect(find(bundle.usage, 'Den Haag', '2024-Q1', '2a')).toMatchObject({ indications: 9, families: 9, hoursUsed: 126, suppressed: false });
  });

  it('still counts the suppressed cells in the region, with the median of all raw hours', async () => {
    expect(find(bundle.usageRegion, REGION, '2024-Q1', '2a')).toEqual({
      municipality: REGION,
      period: '2024-Q1',
      product: '2a',
      indications: 18,
      families: 18,
      hoursUsed: 215, // 30 + 31 + 7 × 4 + (10 + … + 18)
      hoursAvailable: 450,
      meanHoursUsed: 11.94,
      medianHoursUsed: 11.5, // the 9th and 10th of 18 values: 11 and 12 (not a median of medians)
      overCap: null, // 2 (Wassenaar's 30 and 31): small
      ltExtraHours: null,
      // prevented 7, ended early 9, required 2 (small); prevented goes as cover
      routes: routes(null, 9, null, 0),
      suppressed: false,
      suppressedFields: { overCap: 'primary', 'routes.ots_prevented': 'secondary', 'routes.ots_required': 'primary' },
    });
  });

  it('suppresses a region cell whose own count is small', async () => {
    const small = await prepare({ usage: [row('Delft', '2b', '2024-Q1'), row('Rijswijk', '2b', '2024-Q1')] });
    // The region's last hours bin (more than 25 hours) is 0 and published, so its over-cap is too.
    expect(find(small.usageRegion, REGION, '2024-Q1', '2b')).toEqual({ municipality: REGION, period: '2024-Q1', product: '2b', ...hidden, overCap: 0 });
  });
});

describe('prepare: routes and families inside a published cell', () => {
  it('hides a small route and the smallest other route, keeping the cell', async () => {
    const usage = [
      ...times(3, (i) => row('Delft', '2a', '2024-Q1', { caseId: `a${i}`, route: 'ots_required' })),
      ...times(9, (i) => row('Delft', '2a', '2024-Q1', { caseId: `b${i}`, route: 'ots_prevented' })),
    ];
    const c = find((await prepare({ usage })).usage, 'Delft', '2024-Q1', '2a');
    expect(c).toMatchObject({ indications: 12, families: 12, suppressed: false, routes: routes(null, 0, null, 0) });
  });

  it('hides families alone when few indications are repeats', async () => {
    // 12 indications for 10 families: 2 repeats could be read as 12 − 10
    const usage = times(12, (i) => row('Delft', '2a', '2024-Q1', { caseId: `c${Math.min(i, 9)}`, route: 'ots_prevented' }));
    const c = find((await prepare({ usage })).usage, 'Delft', '2024-Q1', '2a');
    expect(c).toMatchObject({ indications: 12, families: null, hoursUsed: 120, suppressed: false });
  });

  it('suppresses the whole cell when its families are small', async () => {
    const usage = times(8, (i) => row('Delft', '2a', '2024-Q1', { caseId: `c${i % 3}` }));
    // 3 families (small) hide the cell; its 8 indications are no small count, so not "< 5".
    expect(find((await prepare({ usage })).usage, 'Delft', '2024-Q1', '2a').suppressed).toBe('secondary');
  });
});

describe('secondary suppression hides the least', () => {
  it('covers a hidden bin with a bin of 6, not with Rijswijk’s whole quarter of 5 indications (three municipalities)', async () => {
    const b = await prepare({ usage: threeMunicipalities() });
    const cells = b.usage.filter((c) => c.product === '2b').map((c) => [c.municipality, c.period, c.indications, c.suppressed]);
    expect(cells).toEqual([
      ['Delft', '2024-Q1', 10, false],
      ['Delft', '2024-Q2', 10, false],
      ['Rijswijk', '2024-Q1', 5, false],
      ['Rijswijk', '2024-Q2', 8, false],
      ['Westland', '2024-Q1', 12, false],
      ['Westland', '2024-Q2', 12, false],
    ]);
    const bins = (municipality: string) => b.hoursDistribution!.filter((h) => h.municipality === municipality && h.product === '2b').slice(0, 3).map((h) => h.suppressed || h.count);
    expect(bins('Rijswijk')).toEqual(['secondary', 'primary', 6]);
    expect(bins('Delft')).toEqual(['secondary', 'secondary', 10]);
    expect(bins('Westland')).toEqual([12, 6, 6]);
  });
});

const ind = (municipality: string, period: string, indicator: string, value: number, label: string | null = null): IndicatorRow => ({
  municipality,
  period,
  indicator,
  value,
  label,
});

describe('prepare: indicators', () => {
  it('sums counts for the region and suppresses small counts with secondary suppression', async () => {
    const b = await prepare({
      indicators: [ind('Delft', '2024-Q1', 'ots_started', 3), ind('Den Haag', '2024-Q1', 'ots_started', 30), ind('Zoetermeer', '2024-Q1', 'ots_started', 12)],
    });
    // Delft 3 is "< 5"; Zoetermeer 12 is the cover ("afgeschermd": it may have any size).
    expect(b.indicators.map((c) => [c.municipality, c.value, c.suppressed])).toEqual([
      ['Delft', null, 'primary'],
      ['Den Haag', 30, false],
      ['Zoetermeer', null, 'secondary'], // the smallest other part
    ]);
    expect(b.indicatorsRegion).toEqual([
      { municipality: REGION, period: '2024-Q1', indicator: 'ots_started', value: 45, label: null, suppressed: false },
    ]);
  });

  it('keeps zero counts', async () => {
    const b = await prepare({ indicators: [ind('Delft', '2024-Q1', 'crises', 0), ind('Den Haag', '2024-Q1', 'crises', 12)] });
    expect(b.indicators.map((c) => c.value)).toEqual([0, 12]);
    expect(b.indicatorsRegion[0]!.value).toBe(12);
  });

  it('weights a mean by the named counts', async () => {
    const b = await prepare({
      indicators: [
        ind('Delft', '2024-Q1', 'satisfaction', 80),
        ind('Delft', '2024-Q1', 'survey_responses', 10),
        ind('Den Haag', '2024-Q1', 'satisfaction', 70),
        ind('Den Haag', '2024-Q1', 'survey_responses', 30),
        ind('Delft', '2024-Q1', 'ots_duration_months', 20),
        ind('Delft', '2024-Q1', 'ots_started', 6),
        ind('Delft', '2024-Q1', 'ots_ended_early', 4),
        ind('Den Haag', '2024-Q1', 'ots_duration_months', 30),
        ind('Den Haag', '2024-Q1', 'ots_started', 25),
        ind('Den Haag', '2024-Q1', 'ots_ended_early', 5),
      ],
    });
    const region = Object.fromEntries(b.indicatorsRegion.map((c) => [c.indicator, c.value]));
    expect(region.satisfaction).toBe(72.5); // (80 × 10 + 70 × 30) / 40
    expect(region.ots_duration_months).toBe(27.5); // (20 × 10 + 30 × 30) / 40
    expect(region.survey_responses).toBe(40);
    expect(b.warnings).toEqual([]);
  });

  it('leaves the region value empty and flags it when a weight is missing; never an unweighted mean', async () => {
    const b = await prepare(
      {
        indicators: [
          ind('Delft', '2024-Q1', 'satisfaction', 80),
          ind('Delft', '2024-Q1', 'survey_responses', 10),
          ind('Den Haag', '2024-Q1', 'satisfaction', 70),
        ],
      },
      { lang: 'en' },
    );
    const satisfaction = b.indicatorsRegion.find((c) => c.indicator === 'satisfaction');
    expect(satisfaction).toEqual({
      municipality: REGION,
      period: '2024-Q1',
      indicator: 'satisfaction',
      value: null,
      label: null,
      suppressed: false,
      flag: 'missing_weight',
      missingWeight: { weights: ['survey_responses'], municipalities: ['Den Haag'] },
    });
    expect(b.warnings).toEqual([
      {
        line: 0,
        code: 'missing_weight',
        message: 'No region value for satisfaction in 2024-Q1: the weight (survey_responses) is missing for Den Haag. No unweighted mean is used.',
      },
    ]);
    // A municipality that lacks the weight still shows its own value (its weight is unknown).
    expect(b.indicators.find((c) => c.municipality === 'Den Haag')?.value).toBe(70);
  });

  it('needs every named weight: ots_ended_early + ots_started', async () => {
    const b = await prepare({
      indicators: [ind('Delft', '2024-Q1', 'ots_duration_months', 20), ind('Delft', '2024-Q1', 'ots_started', 6)],
    });
    expect(b.indicatorsRegion.find((c) => c.indicator === 'ots_duration_months')).toMatchObject({
      value: null,
      flag: 'missing_weight',
      missingWeight: { weights: ['ots_ended_early'], municipalities: ['Delft'] },
    });
    expect(b.warnings[0]!.message).toBe(
      'Geen regiowaarde voor ots_duration_months in 2024-Q1: het gewicht (ots_ended_early + ots_started) ontbreekt voor Delft. Er wordt geen ongewogen gemiddelde gebruikt.',
    );
  });

  it('flags a total weight of zero', async () => {
    const b = await prepare({ indicators: [ind('Delft', '2024-Q1', 'satisfaction', 80), ind('Delft', '2024-Q1', 'survey_responses', 0)] });
    expect(b.indicatorsRegion.find((c) => c.indicator === 'satisfaction')).toMatchObject({ value: null, flag: 'zero_weight' });
    expect(b.warnings.map((w) => w.code)).toEqual(['zero_weight']);
  });

  it('suppresses a mean whose weight is small, and a second mean when a product would follow', async () => {
    const b = await prepare({
      indicators: [
        ind('Delft', '2024-Q1', 'satisfaction', 80),
        ind('Delft', '2024-Q1', 'survey_responses', 3),
        ind('Den Haag', '2024-Q1', 'satisfaction', 70),
        ind('Den Haag', '2024-Q1', 'survey_responses', 30),
        ind('Rijswijk', '2024-Q1', 'satisfaction', 60),
        ind('Rijswijk', '2024-Q1', 'survey_responses', 8),
      ],
    });
    const cells = Object.fromEntries(b.indicators.map((c) => [`${c.municipality} ${c.indicator}`, c.value]));
    // survey_responses: Delft 3 (small), Rijswijk 8 (secondary: the smallest other part)
    expect(cells).toEqual({
      'Delft satisfaction': null,
      'Delft survey_responses': null,
      'Den Haag satisfaction': 70,
      'Den Haag survey_responses': 30,
      'Rijswijk satisfaction': 60,
      'Rijswijk survey_responses': null,
    });
    expect(b.indicatorsRegion.find((c) => c.indicator === 'satisfaction')?.value).toBe(68.78); // (240 + 2100 + 480) / 41
  });

  it('protects weighted means whose weights are all published', async () => {
    // Delft's mean is hidden (weight 3 small); both other weights are published, so Delft's
    // product 80 × 3 would follow from the region mean: Rijswijk's mean (smallest product) goes too.
    const b = await prepare({
      indicators: [
        ind('Delft', '2024-Q1', 'satisfaction', 80),
        ind('Delft', '2024-Q1', 'survey_responses', 3),
        ind('Den Haag', '2024-Q1', 'satisfaction', 70),
        ind('Den Haag', '2024-Q1', 'survey_responses', 30),
        ind('Rijswijk', '2024-Q1', 'satisfaction', 60),
        ind('Rijswijk', '2024-Q1', 'survey_responses', 8),
        ind('Zoetermeer', '2024-Q1', 'survey_responses', 2),
      ],
    });
    const cells = Object.fromEntries(b.indicators.map((c) => [`${c.municipality} ${c.indicator}`, c.value]));
    expect(cells['Rijswijk survey_responses']).toBe(8);
    expect(cells['Rijswijk satisfaction']).toBeNull();
    expect(cells['Den Haag satisfaction']).toBe(70);
  });

  it('does not add up custom indicators, treats them as counts, and keeps their label', async () => {
    const b = await prepare({
      indicators: [ind('Delft', '2024', 'wachtlijst', 3, 'Wachtlijst'), ind('Den Haag', '2024', 'wachtlijst', 40, 'Wachtlijst')],
    });
    expect(b.indicators.map((c) => [c.value, c.suppressed, c.label])).toEqual([
      [null, 'primary', 'Wachtlijst'],
      [40, false, 'Wachtlijst'],
    ]);
    expect(b.indicatorsRegion).toEqual([
      { municipality: REGION, period: '2024', indicator: 'wachtlijst', value: null, label: 'Wachtlijst', suppressed: false, flag: 'no_rule' },
    ]);
    expect(b.warnings.map((w) => [w.code, w.line])).toEqual([['no_rule', 0]]);
  });

  it('flags a partial region sum when a municipality has no value', async () => {
    const b = await prepare({
      indicators: [ind('Delft', '2024-Q1', 'crises', 7), ind('Den Haag', '2024-Q1', 'crises', 12), ind('Den Haag', '2024-Q2', 'crises', 9)],
    });
    expect(b.indicatorsRegion.map((c) => [c.period, c.value, c.flag])).toEqual([
      ['2024-Q1', 19, undefined],
      ['2024-Q2', 9, 'partial'],
    ]);
  });

  it('keeps years and quarters apart, warns about the mix, and protects year = Σ quarters', async () => {
    const b = await prepare({
      indicators: [
        ind('Delft', '2024', 'placements', 26),
        ind('Delft', '2024-Q1', 'placements', 3),
        ind('Delft', '2024-Q2', 'placements', 7),
        ind('Delft', '2024-Q3', 'placements', 8),
        ind('Delft', '2024-Q4', 'placements', 8),
      ],
    });
    expect(b.periods).toEqual(['2024', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(b.indicators.map((c) => [c.period, c.value])).toEqual([
      ['2024', 26],
      ['2024-Q1', null],
      ['2024-Q2', null], // 26 − 7 − 8 − 8 would give Q1 away: the smallest other quarter goes too
      ['2024-Q3', 8],
      ['2024-Q4', 8],
    ]);
    expect(b.indicatorsRegion.map((c) => [c.period, c.value])).toEqual([
      ['2024', 26],
      ['2024-Q1', null],
      ['2024-Q2', null],
      ['2024-Q3', 8],
      ['2024-Q4', 8],
    ]);
    expect(b.warnings.map((w) => [w.code, w.value])).toEqual([['period_mix', '2024']]);
  });

  it('orders indicators by municipality, period and catalog order, custom ids last', async () => {
    const b = await prepare({
      indicators: [
        ind('Zoetermeer', '2024-Q1', 'crises', 10),
        ind('Delft', '2024-Q1', 'eigen', 10, 'Eigen'),
        ind('Delft', '2024-Q1', 'crises', 10),
        ind('Delft', '2024-Q1', 'vto_filed', 10),
      ],
    });
    expect(b.indicators.map((c) => `${c.municipality} ${c.indicator}`)).toEqual(['Delft vto_filed', 'Delft crises', 'Delft eigen', 'Zoetermeer crises']);
  });
});

describe('prepare: the bundle', () => {
  it('has the format, version, threshold, sorted municipalities (Dutch collation) and periods', async () => {
    const b = await prepare({
      usage: [row('Zoetermeer', '1', '2024-Q2'), row('Den Haag', '1', '2024-Q1'), row('Delft', '1', '2024-Q1')],
      indicators: [ind('Midden-Delfland', '2023', 'crises', 5), ind('Leidschendam-Voorburg', '2023', 'crises', 5)],
    });
    expect(b.format).toBe('mbc-bundle');
    expect(b.version).toBe(2);
    expect(b.suppressionThreshold).toBe(5);
    expect(b.municipalities).toEqual(['Delft', 'Den Haag', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Zoetermeer']);
    expect(b.periods).toEqual(['2023', '2024-Q1', '2024-Q2']);
    expect(b).not.toHaveProperty('meta');
  });

  it('copies meta and the threshold', async () => {
    const b = await prepare({}, { suppressionThreshold: 10, meta: { synthetic: true } });
    expect(b).toEqual({
      format: 'mbc-bundle',
      version: 2,
      suppressionThreshold: 10,
      meta: { synthetic: true },
      municipalities: [],
      periods: [],
      usage: [],
      usageRegion: [],
      indicators: [],
      indicatorsRegion: [],
      warnings: [],
    });
  });

  it('rejects a threshold that is not a whole number ≥ 1', async () => {
    await expect(prepare({}, { suppressionThreshold: 0 })).rejects.toThrow(RangeError);
    await expect(prepare({}, { suppressionThreshold: 2.5 })).rejects.toThrow(RangeError);
    await expect(prepare({}, { suppressionThreshold: Number.NaN })).rejects.toThrow(RangeError);
  });

  it('is stable JSON: keys in order, one row per line, parses back to the same bundle', async () => {
    const b: Bundle = await prepare(
      { usage: times(6, (i) => row('Delft', '2a', '2024-Q1', { caseId: `x${i}` })), indicators: [ind('Delft', '2024-Q1', 'crises', 6)] },
      { meta: { synthetic: true, seed: 1 } },
    );
    const text = stringifyBundle(b);
    expect(JSON.parse(text)).toEqual(b);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'suppressionThreshold',
      'meta',
      'municipalities',
      'periods',
      'usage',
      'usageRegion',
      'indicators',
      'indicatorsRegion',
      'hoursDistribution',
      'hoursDistributionRegion',
      'warnings',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "mbc-bundle",');
    expect(text).toContain(
      '\n    {"municipality":"Delft","period":"2024-Q1","indicator":"crises","value":6,"label":null,"suppressed":false}\n',
    );
    expect(stringifyBundle(await prepare({ usage: times(6, (i) => row('Delft', '2a', '2024-Q1', { caseId: `x${i}` })), indicators: [ind('Delft', '2024-Q1', 'crises', 6)] }, { meta: { synthetic: true, seed: 1 } }))).toBe(text);
  });
});

describe('prepare: custom indicators with a declared kind', () => {
  const declared = (municipality: string, indicator: string, value: number, kind?: IndicatorRow['kind'], weights?: string[]): IndicatorRow => ({
    ...ind(municipality, '2024-Q1', indicator, value, indicator),
    ...(kind ? { kind } : {}),
    ...(weights ? { weights } : {}),
  });
  const rows = [
    declared('Delft', 'wachtenden', 12, 'count'),
    declared('Delft', 'wachttijd_weken', 3.5, 'mean', ['wachtenden']),
    declared('Delft', 'doorlooptijd', 2, 'mean'),
    declared('Delft', 'eigen', 3),
    declared('Rijswijk', 'wachtenden', 3),
    declared('Rijswijk', 'wachttijd_weken', 2),
    declared('Rijswijk', 'doorlooptijd', 3),
    declared('Westland', 'wachtenden', 9),
    declared('Westland', 'wachttijd_weken', 4),
    declared('Westland', 'doorlooptijd', 1),
  ];

  it('publishes a mean of 1–4 weeks whose weight is large enough, and weights the region as for ots_duration_months', async () => {
    const b = await prepare({ indicators: rows });
    const cell = (m: string, id: string) => b.indicators.find((c) => c.municipality === m && c.indicator === id)!;
    const region = (id: string) => b.indicatorsRegion.find((c) => c.indicator === id)!;
    // Delft waits 3.5 weeks over 12 families: published (as a count it would read "< 5").
    expect(cell('Delft', 'wachttijd_weken')).toEqual({ municipality: 'Delft', period: '2024-Q1', indicator: 'wachttijd_weken', value: 3.5, label: 'wachttijd_weken', suppressed: false, kind: 'mean', weights: ['wachtenden'] });
    // Rijswijk's weight is 3 families: "< 5", as a mean over a small count.
    expect(cell('Rijswijk', 'wachttijd_weken')).toMatchObject({ value: null, suppressed: 'primary' });
    expect(cell('Rijswijk', 'wachtenden')).toMatchObject({ value: null, suppressed: 'primary', kind: 'count' });
    // The region: 24 families, (3.5 × 12 + 2 × 3 + 4 × 9) ÷ 24 = 3.5 weeks.
    expect(region('wachtenden')).toMatchObject({ value: 24, suppressed: false, kind: 'count' });
    expect(region('wachttijd_weken')).toMatchObject({ value: 3.5, suppressed: false, kind: 'mean', weights: ['wachtenden'] });
    // A mean without a weight: shown as supplied, no region value, and a warning that says why.
    expect(b.indicators.filter((c) => c.indicator === 'doorlooptijd').map((c) => [c.value, c.suppressed])).toEqual([
      [2, false],
      [3, false],
      [1, false],
    ]);
    expect(region('doorlooptijd')).toMatchObject({ value: null, flag: 'no_rule', kind: 'mean' });
    // Undeclared: a count, as before.
    expect(cell('Delft', 'eigen')).toMatchObject({ value: null, suppressed: 'primary' });
    expect(cell('Delft', 'eigen')).not.toHaveProperty('kind');
    expect(b.warnings.map((w) => w.message)).toEqual([
      'Indicator doorlooptijd is een gemiddelde zonder gewicht: er is geen regiowaarde, en de waarden worden getoond zoals aangeleverd. Geef in de kolom gewicht de aantallen op die hem wegen, dan worden kleine groepen afgeschermd.',
      'Indicator eigen is geen standaardindicator en heeft geen regel om op te tellen: er is geen regiowaarde. Voor de privacy wordt hij als aantal behandeld. Geef in de kolom soort op wat hij is.',
    ]);
    expect(b.warnings.map((w) => w.code)).toEqual(['no_weight', 'no_rule']);
  });

  it('reads the example file data/examples/indicatoren-eigen-soort.csv as the README says', async () => {
    const parsed = parseIndicators(readFileSync('data/examples/indicatoren-eigen-soort.csv'));
    expect(parsed.errors).toEqual([]);
    const b = await prepare({ indicators: parsed.rows });
    expect(b.indicators.filter((c) => c.indicator === 'wachttijd_weken').map((c) => [c.municipality, c.value, c.suppressed])).toEqual([
      ['Delft', 3.5, false],
      ['Rijswijk', null, 'primary'],
      ['Westland', 4, false],
    ]);
    expect(b.warnings).toEqual([]);
  });

  it('was protected as a count before its kind was declared', async () => {
    const b = await prepare({ indicators: rows.map(({ kind: _kind, weights: _weights, ...row }) => row) });
    expect(b.indicators.find((c) => c.municipality === 'Delft' && c.indicator === 'wachttijd_weken')).toMatchObject({ value: null, suppressed: 'primary' });
  });
});
