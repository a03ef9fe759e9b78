import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/data/types.js';
import { EMPTY_FILTERS, type Filters } from '../../../src/select/filters.js';
import { selectUsage, usageKpis } from '../../../src/select/usage.js';
import { indicatorKpis, selectIndicators } from '../../../src/select/indicators.js';
import { usageTiles } from '../../../src/select/usage-tiles.js';
import { indicatorTiles } from '../../../src/select/indicator-tiles.js';

const h10: Bundle = JSON.parse(readFileSync(new URL('../../../data/h10-bundle.json', import.meta.url), 'utf8'));
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });
const usage = (f: Partial<Filters>, lang: 'nl' | 'en' = 'nl') =>
  usageTiles(usageKpis(selectUsage(h10, filters(f))), 5, lang).map((t) => [t.label, t.value, t.note]);
const indicators = (f: Partial<Filters>, lang: 'nl' | 'en' = 'nl') =>
  indicatorTiles(indicatorKpis(selectIndicators(h10, filters(f))), 5, lang).map((t) => [t.label, t.value, t.note]);

describe('usageTiles', () => {
  it('says "afgeschermd" for a municipality whose every cell is hidden, never "Indicaties 0"', () => {
    expect(usage({ municipalities: ['Midden-Delfland'] })).toEqual([
      ['Indicaties', 'afgeschermd', ''],
      ['Gezinnen (2a/2b)', 'afgeschermd', ''],
      ['Gem. uren 2a', 'afgeschermd', 'van de 25 beschikbare uren'],
      ['Gem. uren 2b', 'afgeschermd', 'van de 25 beschikbare uren'],
      ['Boven de 25 uur', 'afgeschermd', 'afgeschermd van afgeschermd indicaties 2a/2b'],
    ]);
    expect(usage({ municipalities: ['Midden-Delfland'] }, 'en')[0]).toEqual(['Indications', 'hidden', '']);
  });

  it('shows the region in full, and a total without its hidden cells as a lower bound', () => {
    expect(usage({})[0]).toEqual(['Indicaties', '3.230', '']);
    expect(usage({ municipalities: ['Delft'], from: '2024-Q1', to: '2024-Q1' })[0]).toEqual(['Indicaties', '≥ 23', '']);
  });
});

describe('indicatorTiles', () => {
  it('says "afgeschermd" where every value is hidden, and names one period once', () => {
    const md = indicators({ municipalities: ['Midden-Delfland'], from: '2024-Q1', to: '2024-Q1' });
    // A published 0 stays 0; a hidden one is "afgeschermd".
    expect(md).toEqual([
      ['VTO’s voorkomen', '0', '2024 K1'],
      ['OTS voorkomen', 'afgeschermd', '2024 K1'],
      ['OTS eerder beëindigd', '0', '2024 K1'],
      ['Gem. duur OTS', '25,3 mnd', 'in 2024 K1'],
    ]);
    expect(indicators({ municipalities: ['Midden-Delfland'] })[1]).toEqual(['OTS voorkomen', 'afgeschermd', '2023 K1 t/m 2025 K4']);
  });
});
