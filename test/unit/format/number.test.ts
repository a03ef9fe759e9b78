import { describe, expect, it } from 'vitest';
import { formatEuro, formatEuroChange, formatEuroCompact, formatEuroProse, formatNumber, formatPercent } from '../../../src/format/number.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatEuro', () => {
  it('formats whole euros the Dutch way by default', () => {
    expect(nbsp(formatEuro(1234567))).toBe('€ 1.234.567');
  });
  it('writes negative amounts the Dutch way: the minus sign (U+2212) before the euro sign, in tables and prose', () => {
    expect(nbsp(formatEuro(-10512804))).toBe('−€ 10.512.804');
    expect(nbsp(formatEuroCompact(-10.5e6))).toBe('−€ 10,5 mln.');
    expect(nbsp(formatEuro(-82.5, 'nl', 2))).toBe('−€ 82,50');
    // English keeps its own practice.
    expect(formatEuro(-9750, 'en')).toBe('-€9,750');
    // An amount that rounds to zero has no sign.
    expect(nbsp(formatEuro(-0.4))).toBe('€ 0');
    expect(formatEuroCompact(-0.01)).toBe(formatEuroCompact(0));
  });
  it('writes amounts in prose in millions from € 1 mln, else in whole euros', () => {
    expect(nbsp(formatEuroProse(-10512804))).toBe('−€ 10,5 mln.');
    expect(nbsp(formatEuroProse(43017.4))).toBe('€ 43.017');
    expect(nbsp(formatEuroProse(-836.8))).toBe('−€ 837');
    expect(formatEuroProse(2.5e6, 'en')).toBe('€2.5m');
  });
  it('signs a change', () => {
    expect(nbsp(formatEuroChange(12345))).toBe('+€ 12.345');
    expect(nbsp(formatEuroChange(-12345))).toBe('−€ 12.345');
    expect(nbsp(formatEuroChange(0.2))).toBe('€ 0');
    expect(formatEuroChange(1500, 'en')).toBe('+€1,500');
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
