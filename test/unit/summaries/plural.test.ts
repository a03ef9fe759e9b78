import { describe, expect, it } from 'vitest';
import { message, pluralCategory, translator } from '../../../src/i18n/plural.js';

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
  it('one translator per table: English falls back to Dutch, and every table of the library shares the core', async () => {
    const text = translator({ nl: { a: 'Hallo {who}', b: 'alleen Nederlands' }, en: { a: 'Hello {who}' } });
    expect(text('en', 'a', { who: 'Delft' })).toBe('Hello Delft');
    expect(text('en', 'b')).toBe('alleen Nederlands');
    // Tables that had their own fill: their counts now follow the language and their `.one` variants.
    const { sheetErrorCount } = await import('../../../src/i18n/parameter-sheet-messages.js');
    expect([sheetErrorCount('nl', 1), sheetErrorCount('nl', 3), sheetErrorCount('en', 1), sheetErrorCount('en', 1200)]).toEqual([
      '1 fout',
      '3 fouten',
      '1 error',
      '1,200 errors',
    ]);
    const { modelMessage } = await import('../../../src/i18n/model-messages.js');
    expect([modelMessage('nl', 'formula.lag', { n: 1 }), modelMessage('en', 'formula.lag', { n: 2 })]).toEqual([', 1 jaar later', ', 2 years later']);
  });
});
