import { describe, expect, it } from 'vitest';
import { valueWithUnit } from '../../../src/model/index.js';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('valueWithUnit', () => {
  it('writes money units as euro amounts, with cents only when needed', () => {
    expect(nbsp(valueWithUnit(82.5, '€', 'nl'))).toBe('€ 82,50');
    expect(nbsp(valueWithUnit(8758, 'EUR', 'nl'))).toBe('€ 8.758');
    expect(nbsp(valueWithUnit(82.5, '€ per uur', 'nl'))).toBe('€ 82,50 per uur');
    expect(nbsp(valueWithUnit(105.61, '€/punt', 'nl'))).toBe('€ 105,61 per punt');
    expect(nbsp(valueWithUnit(226, 'euro per dag', 'nl'))).toBe('€ 226 per dag');
    expect(valueWithUnit(82.5, '€ per uur', 'en')).toBe('€82.50 per uur');
  });

  it('puts other units after the number and leaves an empty unit out', () => {
    expect(valueWithUnit(25, 'uur', 'nl')).toBe('25 uur');
    expect(valueWithUnit(1500, 'gezinnen', 'nl')).toBe('1.500 gezinnen');
    expect(valueWithUnit(0.4, '', 'nl')).toBe('0,4');
    expect(valueWithUnit(0.125, '', 'en')).toBe('0.125');
    expect(valueWithUnit(1.31, ' ', 'nl')).toBe('1,31');
  });
});
