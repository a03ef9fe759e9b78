import { describe, expect, it } from 'vitest';
import { filtersFromHash, filtersToHash, periodInRange, readSourceHash, writeSourceHash, EMPTY_FILTERS } from '../../../src/select/filters.js';

describe('filters in the URL hash', () => {
  const filters = { municipalities: ['Den Haag', 'Leidschendam-Voorburg'], from: '2024-Q1', to: '2025', scenario: 'optimistisch' };

  it('round-trips, with percent-encoding', () => {
    const text = filtersToHash(filters);
    expect(text).toBe('gemeente=Den%20Haag,Leidschendam-Voorburg&van=2024-Q1&tot=2025&scenario=optimistisch');
    expect(filtersFromHash(text)).toEqual(filters);
    expect(filtersToHash(EMPTY_FILTERS)).toBe('');
  });

  it('keeps other sources in the same hash', () => {
    const hash = writeSourceHash('#other:van=2023', 'h10', filters);
    expect(hash).toBe('other:van=2023;h10:gemeente=Den%20Haag,Leidschendam-Voorburg&van=2024-Q1&tot=2025&scenario=optimistisch');
    expect(readSourceHash(`#${hash}`, 'h10')).toEqual(filters);
    expect(readSourceHash(`#${hash}`, 'other')).toEqual({ ...EMPTY_FILTERS, from: '2023' });
    expect(readSourceHash(`#${hash}`, 'missing')).toBeUndefined();
    expect(writeSourceHash(hash, 'h10', EMPTY_FILTERS)).toBe('other:van=2023');
  });

  it('carries the product of one-product views, and drops an unknown one', () => {
    expect(filtersToHash({ ...EMPTY_FILTERS, product: '2b' })).toBe('product=2b');
    expect(filtersFromHash('van=2024&product=2b')).toEqual({ ...EMPTY_FILTERS, from: '2024', product: '2b' });
    expect(filtersFromHash('product=3')).toEqual(EMPTY_FILTERS);
    expect(filtersToHash({ ...EMPTY_FILTERS, product: '' })).toBe('');
  });

  it('ignores malformed parts and bad escapes', () => {
    expect(filtersFromHash('gemeente=%E0%A4%A&junk&van=2024')).toEqual({ ...EMPTY_FILTERS, from: '2024' });
  });
});

describe('periodInRange', () => {
  it('treats a year bound as covering its quarters', () => {
    expect(periodInRange('2024-Q1', '2024', '2024')).toBe(true);
    expect(periodInRange('2024-Q4', '2024', '2024')).toBe(true);
    expect(periodInRange('2023-Q4', '2024', '')).toBe(false);
    expect(periodInRange('2025-Q1', '', '2024')).toBe(false);
    expect(periodInRange('2024-Q3', '2024-Q2', '2024-Q3')).toBe(true);
    expect(periodInRange('2024-Q4', '2024-Q2', '2024-Q3')).toBe(false);
    expect(periodInRange('2024', '', '')).toBe(true);
  });
});
