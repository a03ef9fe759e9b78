import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/i18n/glossary.js';

const IDS = ['npv', 'bcr', 'discountRate', 'percentiles', 'runs', 'breakEven', 'rampUp', 'illustrative', 'ots', 'jbt', 'rvdk', 'hidden'];

describe('the glossary', () => {
  it('explains every term in Dutch and English, in a sentence or two', () => {
    for (const lang of ['nl', 'en'] as const) {
      const g = glossary(lang);
      expect(g.entries.map((e) => e.id)).toEqual(IDS);
      for (const e of g.entries) {
        expect(e.term.length, `${lang} ${e.id}`).toBeGreaterThan(2);
        expect(e.explanation.length, `${lang} ${e.id}`).toBeGreaterThan(60);
        expect(e.explanation.length, `${lang} ${e.id}`).toBeLessThan(260);
        expect(e.explanation.split(/(?<=\.) /).length, `${lang} ${e.id}`).toBeLessThanOrEqual(3);
      }
    }
    expect(glossary('nl').heading).toBe('Begrippen');
  });

  it('finds the first place of each term in a text, whole words only, abbreviations only as written', () => {
    const g = glossary('nl');
    const found = (text: string) => g.find(text).map((m) => [m.entry.id, text.slice(m.start, m.end)]);
    expect(found('Bij 10.000 trekkingen is de kans dat de netto contante waarde positief is 52%. De NCW ligt tussen P5 en P95.')).toEqual([
      ['runs', 'trekkingen'],
      ['npv', 'netto contante waarde'],
      ['percentiles', 'P5'],
    ]);
    expect(found('Netto contante waarde')).toEqual([['npv', 'Netto contante waarde']]);
    expect(found('VOTS en OTS; de RvdK en de JBT')).toEqual([
      ['ots', 'VOTS'],
      ['rvdk', 'RvdK'],
      ['jbt', 'JBT'],
    ]);
    // Not inside other words, not in another case for an abbreviation.
    expect(found('bots, ncw, bijvoorbeeld, ingroeiend')).toEqual([]);
    expect(found('Bij volledige ingroei (2035); afgeschermd; illustratief')).toEqual([
      ['rampUp', 'ingroei'],
      ['hidden', 'afgeschermd'],
      ['illustrative', 'illustratief'],
    ]);
    expect(
      glossary('en')
        .find('Over 200 runs, the net present value is hidden.')
        .map((m) => m.entry.id),
    ).toEqual(['runs', 'npv', 'hidden']);
  });
});
