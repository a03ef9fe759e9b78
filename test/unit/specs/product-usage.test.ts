import { describe, expect, it } from 'vitest';
import { indicationsPerQuarter } from '../../../src/specs/product-usage.js';
import type { UsageCell, Suppressed } from '../../../src/data/types.js';
import { checkSpec } from './vl.js';

const routes = { ots_prevented: null, ots_ended_early: null, ots_required: null, ots_collaboration: null };
function cell(period: string, product: '1' | '2a' | '2b', indications: number | null, suppressed: Suppressed = false): UsageCell {
  return { municipality: 'X', period, product, indications, families: null, hoursUsed: null, hoursAvailable: null, meanHoursUsed: null, medianHoursUsed: null, overCap: null, ltExtraHours: null, routes, suppressed };
}

describe('indicationsPerQuarter', () => {
  const cells = [cell('2024-Q2', '2a', 9), cell('2024-Q1', '2a', 12), cell('2024-Q1', '1', 1234), cell('2024-Q2', '2b', null, 'primary')];

  it('is a valid Vega-Lite spec that compiles without warnings', () => {
    expect(checkSpec(indicationsPerQuarter(cells).spec)).toEqual({ schemaErrors: [], warnings: [] });
    expect(checkSpec(indicationsPerQuarter([], { lang: 'en' }).spec)).toEqual({ schemaErrors: [], warnings: [] });
  });

  it('tables exactly the drawn cells, sorted, with suppressed cells as "< threshold"', () => {
    const chart = indicationsPerQuarter(cells, { threshold: 10 });
    expect(chart.table.rows).toEqual([
      { period: '2024 K1', product: 'Product 1', indications: '1.234' },
      { period: '2024 K1', product: 'Product 2a', indications: '12' },
      { period: '2024 K2', product: 'Product 2a', indications: '9' },
      { period: '2024 K2', product: 'Product 2b', indications: '< 10' },
    ]);
    expect(chart.fileName).toBe('indicaties-per-kwartaal-per-product');
  });

  it('never puts a suppressed count in the spec', () => {
    const values = (indicationsPerQuarter(cells).spec as { data: { values: { height: number; suppressed: boolean }[] } }).data.values;
    expect(values.filter((v) => v.suppressed).map((v) => v.height)).toEqual([5]);
  });

  it('summarises in Dutch and English', () => {
    expect(indicationsPerQuarter(cells).summary).toBe(
      '1.255 indicaties van 2024 K1 tot en met 2024 K2. Het drukste kwartaal was 2024 K1 met 1.246 indicaties. 1 cellen zijn afgeschermd omdat ze minder dan 5 indicaties bevatten.',
    );
    expect(indicationsPerQuarter(cells, { lang: 'en' }).summary).toBe(
      '1,255 indications from 2024 Q1 to 2024 Q2. The busiest quarter was 2024 Q1 with 1,246 indications. 1 cells are hidden because they hold fewer than 5 indications.',
    );
  });
});
