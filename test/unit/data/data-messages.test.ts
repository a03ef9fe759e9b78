import { describe, expect, it } from 'vitest';
import { DATA_ISSUE_CODES, dataMessage } from '../../../src/i18n/data-messages.js';

describe('data messages', () => {
  it('has the documented codes', () => {
    expect([...DATA_ISSUE_CODES].sort()).toEqual(
      [
        'empty_file',
        'not_text',
        'invalid_json',
        'not_array',
        'invalid_arrow',
        'unclosed_quote',
        'no_header',
        'missing_column',
        'duplicate_column',
        'internal_error',
        'too_many_cells',
        'too_few_cells',
        'not_an_object',
        'missing_value',
        'invalid_text',
        'invalid_number',
        'negative_number',
        'invalid_date',
        'end_before_start',
        'invalid_product',
        'invalid_route',
        'invalid_period',
        'unknown_indicator',
        'duplicate_indicator',
        'invalid_kind',
        'invalid_weight',
        'inconsistent_kind',
        'windows_1252',
        'unknown_column',
        'no_rows',
        'over_cap',
      ].sort(),
    );
  });
  it.each(DATA_ISSUE_CODES)('%s has a Dutch and a different English message', (code) => {
    const params = { line: 7, unit: 'line' as const, column: 'startdatum', value: 'x', names: ['a'], detail: 'd', earlierLine: 3, actual: 8, expected: 9, start: '2024-03-01', used: 27, available: 25, textLine: 7, textColumn: 3 };
    const nl = dataMessage(code, 'nl', params);
    const en = dataMessage(code, 'en', params);
    expect(nl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nl).not.toBe(en);
    expect(nl).not.toMatch(/undefined|NaN|\[object/);
    expect(en).not.toMatch(/undefined|NaN|\[object/);
  });
  it('names rows in JSON and Arrow, lines in CSV', () => {
    expect(dataMessage('invalid_product', 'nl', { line: 3, unit: 'row', column: 'product', value: '3' })).toBe(
      'Rij 3, kolom "product": "3" is geen product; kies 1, 2a of 2b.',
    );
    expect(dataMessage('invalid_product', 'en', { line: 3, unit: 'row', column: 'product', value: '3' })).toBe(
      'Row 3, column "product": "3" is not a product; use 1, 2a or 2b.',
    );
  });
  it('shortens long values in messages', () => {
    const message = dataMessage('invalid_number', 'en', { line: 2, column: 'value', value: '9'.repeat(500) });
    expect(message).toBe(`Line 2, column "value": "${'9'.repeat(79)}…" is not a number.`);
  });
});
