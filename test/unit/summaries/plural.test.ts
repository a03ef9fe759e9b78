import { describe, expect, it } from 'vitest';
import { message, pluralCategory } from '../../../src/i18n/plural.js';

const TABLE = {
  nl: { cells: '{n} cellen zijn afgeschermd.', 'cells.one': '1 cel is afgeschermd.', years: '{n} jaar' },
  en: { cells: '{n} cells are hidden.', 'cells.one': '1 cell is hidden.', years: '{n} years', 'years.one': '1 year' },
} as const;

describe('plurals (Intl.PluralRules, one home)', () => {
  it('takes the .one variant where the language calls the count singular', () => {
    expect(message(TABLE, 'nl', 'cells', { n: 1 })).toBe('1 cel is afgeschermd.');
    expect(message(TABLE, 'nl', 'cells', { n: 0 })).toBe('0 cellen zijn afgeschermd.');
    expect(message(TABLE, 'en', 'cells', { n: 2 })).toBe('2 cells are hidden.');
    expect(message(TABLE, 'en', 'years', { n: 1 })).toBe('1 year');
    // Dutch says "1 jaar" and "10 jaar": no variant needed.
    expect(message(TABLE, 'nl', 'years', { n: 1 })).toBe('1 jaar');
    expect(pluralCategory(1.5, 'en')).toBe('other');
  });
  it('writes the count in the language, and leaves a missing value visible', () => {
    expect(message(TABLE, 'nl', 'cells', { n: 1234 })).toBe('1.234 cellen zijn afgeschermd.');
    expect(message(TABLE, 'en', 'cells', { n: 1234 })).toBe('1,234 cells are hidden.');
    expect(message(TABLE, 'nl', 'cells')).toBe('{n} cellen zijn afgeschermd.');
  });
});
