import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { printCover } from '../../../src/select/print-cover.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import type { Bundle } from '../../../src/data/types.js';

const bundle: Bundle = JSON.parse(readFileSync('data/h10-bundle.json', 'utf8'));
const model: unknown = JSON.parse(readFileSync('data/business-case.haaglanden.json', 'utf8'));
const now = new Date('2026-12-03T10:00:00Z');

describe('printCover', () => {
  it('of the sample: the region total, the model’s own values, both periods, the data date and "illustratief"', () => {
    expect(printCover({ model, bundle, filters: EMPTY_FILTERS, lang: 'nl', now })).toEqual({
      area: 'Regio (totaal van 10 gemeenten)',
      scenario: 'eigen waarden van het model',
      casePeriod: '2026–2035',
      dataPeriod: '2023 K1 – 2025 K4',
      dataDate: 't/m 2025 K4',
      illustrative: true,
      printed: '3 december 2026',
    });
  });

  it('follows the filters: one municipality or several, a scenario by its label, in English', () => {
    const one = printCover({ model, bundle, filters: { ...EMPTY_FILTERS, municipalities: ['Delft'], scenario: 'stoppen' }, lang: 'en', now });
    expect(one).toMatchObject({ area: 'Delft', scenario: 'Stoppen', dataDate: 'up to 2025 Q4', printed: '3 December 2026' });
    const two = printCover({ model, bundle, filters: { ...EMPTY_FILTERS, municipalities: ['Rijswijk', 'Delft'], from: '2024-Q1' }, lang: 'nl', now });
    expect(two).toMatchObject({ area: 'Delft en Rijswijk', dataPeriod: '2024 K1 – 2025 K4' });
  });

  it('says nothing of "illustratief" when every amount has a source', () => {
    const sourced = JSON.parse(JSON.stringify(model), (key, value: unknown) => (key === 'illustrative' ? undefined : value));
    expect(printCover({ model: sourced, bundle, filters: EMPTY_FILTERS, lang: 'nl', now }).illustrative).toBe(false);
  });

  it('without a model: the bundle’s area and dates, no scenario; without data: an empty area', () => {
    const cover = printCover({ model: null, bundle, filters: { ...EMPTY_FILTERS, municipalities: ['Westland'] }, lang: 'nl', now });
    expect(cover).toEqual({ area: 'Westland', illustrative: false, printed: '3 december 2026', dataPeriod: '2023 K1 – 2025 K4', dataDate: 't/m 2025 K4' });
    expect(printCover({ model: { broken: true }, bundle: null, filters: EMPTY_FILTERS, lang: 'nl', now })).toMatchObject({ area: '', illustrative: false });
  });
});
