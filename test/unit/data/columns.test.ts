import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS, USAGE_COLUMNS, matchHeader } from '../../../src/data/columns.js';

describe('matchHeader', () => {
  it('matches canonical names and Dutch aliases, case-insensitively and trimmed', () => {
    const header = [' Gemeente ', 'PRODUCT', 'Startdatum', 'eind_datum', 'Uren_Beschikbaar', 'uren_besteed', 'extra_uren_lokaal_team', 'casus_id', 'Route'];
    const match = matchHeader(header, USAGE_COLUMNS);
    expect(Object.fromEntries(match.index)).toEqual({
      municipality: 0,
      product: 1,
      start: 2,
      end: 3,
      hours_available: 4,
      hours_used: 5,
      lt_extra_hours: 6,
      case_id: 7,
      route: 8,
    });
    expect(match.written.get('municipality')).toBe('Gemeente');
    expect(match.unknown).toEqual([]);
    expect(match.duplicates).toEqual([]);
    expect(match.missing).toEqual([]);
  });
  it.each([
    ['municipality', 'municipality'],
    ['gemeente', 'municipality'],
    ['start', 'start'],
    ['startdatum', 'start'],
    ['start_datum', 'start'],
    ['end', 'end'],
    ['einddatum', 'end'],
    ['eind_datum', 'end'],
    ['hours_available', 'hours_available'],
    ['uren_beschikbaar', 'hours_available'],
    ['hours_used', 'hours_used'],
    ['uren_besteed', 'hours_used'],
    ['lt_extra_hours', 'lt_extra_hours'],
    ['extra_uren_lokaal_team', 'lt_extra_hours'],
    ['case_id', 'case_id'],
    ['casus_id', 'case_id'],
    ['route', 'route'],
    ['product', 'product'],
  ])('usage header %j is %s', (name, canonical) => {
    expect([...matchHeader([name], USAGE_COLUMNS).index.keys()]).toEqual([canonical]);
  });
  it.each([
    ['gemeente', 'municipality'],
    ['periode', 'period'],
    ['period', 'period'],
    ['indicator', 'indicator'],
    ['waarde', 'value'],
    ['value', 'value'],
    ['label', 'label'],
  ])('indicator header %j is %s', (name, canonical) => {
    expect([...matchHeader([name], INDICATOR_COLUMNS).index.keys()]).toEqual([canonical]);
  });
  it('lists unknown columns, ignores empty names and reports missing required columns', () => {
    const match = matchHeader(['gemeente', '', 'opmerking', 'uren beschikbaar', ''], USAGE_COLUMNS);
    expect(match.unknown).toEqual(['opmerking', 'uren beschikbaar']);
    expect(match.missing.map((c) => c.name)).toEqual(['product', 'start']);
  });
  it('finds duplicates, also through aliases and case', () => {
    const match = matchHeader(['start', 'gemeente', 'Startdatum', 'x', 'X', 'product'], USAGE_COLUMNS);
    expect(match.duplicates).toEqual([
      { column: 'start', names: ['start', 'Startdatum'] },
      { column: 'x', names: ['x', 'X'] },
    ]);
    expect(match.index.get('start')).toBe(0);
  });
});
