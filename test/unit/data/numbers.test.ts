import { describe, expect, it } from 'vitest';
import { classifyNumber, detectDecimalStyle, parseNumber } from '../../../src/data/numbers.js';

describe('parseNumber, comma style (Dutch Excel)', () => {
  it.each([
    ['16,5', 16.5],
    ['1.234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567,25', 1234567.25],
    ['25', 25],
    ['0', 0],
    ['-0', 0],
    ['-3,75', -3.75],
    ['+2', 2],
    [' 7,5 ', 7.5],
    ['1,5E+3', 1500],
  ])('%j → %d', (text, expected) => {
    expect(parseNumber(text, 'comma')).toBe(expected);
  });
  it.each(['', '  ', '12abc', '1,2,3', '16.5', '1.23,4', '1.2345', ',5', '45%', 'NaN', 'Infinity', '1 234', '--1', '1,'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text, 'comma')).toBeNull();
    },
  );
});

describe('parseNumber, dot style', () => {
  it.each([
    ['16.5', 16.5],
    ['1,234.5', 1234.5],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['25', 25],
    ['-0.5', -0.5],
    ['2e3', 2000],
  ])('%j → %d', (text, expected) => {
    expect(parseNumber(text, 'dot')).toBe(expected);
  });
  it.each(['16,5', '1.234,5', '1,2,3', '12abc', '1.2.3', '1,23', 'Infinity'])('rejects %j', (text) => {
    expect(parseNumber(text, 'dot')).toBeNull();
  });
});

describe('classifyNumber', () => {
  it.each([
    ['16,5', 'comma'],
    ['1.234,5', 'comma'],
    ['1.234.567', 'comma'],
    ['16.5', 'dot'],
    ['1,234.5', 'dot'],
    ['1,234,567', 'dot'],
    ['16', 'neutral'],
    ['1.234', 'neutral'],
    ['1,234', 'neutral'],
    ['1,2,3', 'invalid'],
    ['abc', 'invalid'],
  ] as const)('%j is %s', (text, kind) => {
    expect(classifyNumber(text)).toBe(kind);
  });
});

describe('detectDecimalStyle', () => {
  it('follows the evidence', () => {
    expect(detectDecimalStyle(['16', '16,5', '1.234'], 'dot')).toBe('comma');
    expect(detectDecimalStyle(['16', '16.5', '1,234'], 'comma')).toBe('dot');
  });
  it('uses the fallback without evidence or with conflicting evidence', () => {
    expect(detectDecimalStyle(['16', '1.234'], 'comma')).toBe('comma');
    expect(detectDecimalStyle(['16', '1.234'], 'dot')).toBe('dot');
    expect(detectDecimalStyle([], 'dot')).toBe('dot');
    expect(detectDecimalStyle(['16,5', '16.5'], 'comma')).toBe('comma');
    expect(detectDecimalStyle(['16,5', '16.5'], 'dot')).toBe('dot');
  });
});
