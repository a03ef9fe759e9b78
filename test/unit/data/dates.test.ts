import { describe, expect, it } from 'vitest';
import { isoFromDate, parseDate, parsePeriod, quarterOf } from '../../../src/data/dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['01-03-2024', '2024-03-01'],
    ['1-3-2024', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1.3.2024', '2024-03-01'],
    ['2024/03/01', '2024-03-01'],
    [' 31-12-2023 ', '2023-12-31'],
    ['29-02-2024', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2024-03-01 00:00', '2024-03-01'],
    ['1-3-2024 13:45:10', '2024-03-01'],
    ['2024-03-01T23:59:59.123Z', '2024-03-01'],
    ['2024-03-01T00:00:00+01:00', '2024-03-01'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, iso });
  });
  it.each(['2023-02-29', '31-02-2024', '2024-02-30', '31-04-2024', '1900-02-29', '2024-13-01', '00-01-2024', '2024-01-00'])(
    'rejects %j as not a real date',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'nonexistent' });
    },
  );
  it.each(['', 'maart 2024', '24-03-01', '2024-03', '2024-03/01', '01-03-24', '2024-03-01x', '45383', '03/15/2024 foo'])(
    'rejects %j as no date',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('isoFromDate', () => {
  it('reads the UTC date', () => {
    expect(isoFromDate(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(isoFromDate(new Date(Date.UTC(2024, 1, 29, 23, 30)))).toBe('2024-02-29');
    expect(isoFromDate(new Date(Number.NaN))).toBeNull();
  });
});

describe('quarterOf', () => {
  it.each([
    ['2024-01-01', '2024-Q1'],
    ['2024-03-31', '2024-Q1'],
    ['2024-04-01', '2024-Q2'],
    ['2024-09-30', '2024-Q3'],
    ['2024-10-01', '2024-Q4'],
    ['2024-12-31', '2024-Q4'],
  ])('%s is in %s', (iso, quarter) => {
    expect(quarterOf(iso)).toBe(quarter);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2024', '2024'],
    ['2024-Q3', '2024-Q3'],
    ['2024-q3', '2024-Q3'],
    ['2024-K3', '2024-Q3'],
    ['2024-k1', '2024-Q1'],
    ['2024Q4', '2024-Q4'],
    [' 2023-Q2 ', '2023-Q2'],
  ])('%j → %s', (text, period) => {
    expect(parsePeriod(text)).toBe(period);
  });
  it.each(['2024-Q5', '2024-Q0', '2024-H1', '24', '2024-', 'Q3-2024', '2024-03', ''])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});
