import { describe, expect, it } from 'vitest';
import { formatEuro, formatNumber, formatPercent } from '../../../src/format/number.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatEuro', () => {
  it('formats whole euros the Dutch way by default', () => {
    expect(nbsp(formatEuro(1234567))).toBe('€ 1.234.567');
    expect(nbsp(formatEuro(-1234))).toBe('€ -1.234');
  });
  it('formats English amounts', () => {
    expect(formatEuro(1234567, 'en')).toBe('€1,234,567');
  });
  it('formats unit prices with cents', () => {
    expect(nbsp(formatEuro(82.5, 'nl', 2))).toBe('€ 82,50');
  });
  it('never prints -0', () => {
    expect(nbsp(formatEuro(-0))).toBe('€ 0');
  });
});

describe('formatNumber and formatPercent', () => {
  it('uses a decimal comma in Dutch', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(16.54, 'en')).toBe('16.5');
    expect(formatPercent(0.425, 'nl', 1)).toBe('42,5%');
  });
});
