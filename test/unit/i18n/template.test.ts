import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/i18n/template.js';
import { sectionText } from '../../../src/i18n/business-case-sections-messages.js';
import { formatEuroProse } from '../../../src/format/number.js';

describe('fillTemplate', () => {
  it('fills placeholders and keeps unknown ones as written', () => {
    expect(fillTemplate('Bij {n} trekkingen is het {value}.', { n: 3, value: '€ 12' })).toBe('Bij 3 trekkingen is het € 12.');
    expect(fillTemplate('Nog {missing}.', {})).toBe('Nog {missing}.');
  });

  it('lets a value that ends in a full stop end the sentence: no "mln.."', () => {
    expect(fillTemplate('Samen {npv}.', { npv: '€ 4,5 mln.' })).toBe('Samen € 4,5 mln.');
    expect(fillTemplate('Kas: {cash}; capaciteit: {capacity}.', { cash: '€ 15,6 mln.', capacity: '−€ 18,7 mln.' })).toBe(
      'Kas: € 15,6 mln.; capaciteit: −€ 18,7 mln.',
    );
    // Only right before the template's own full stop; elsewhere the value is kept whole.
    expect(fillTemplate('{a} en {b}', { a: 'mln.', b: 'x.' })).toBe('mln. en x.');
  });

  it('the cash and capacity sentence of a large case ends in one full stop, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = sectionText(lang, 'cc.total', {
        cash: formatEuroProse(22_700_000, lang),
        capacity: formatEuroProse(-18_200_000, lang),
        npv: formatEuroProse(4_500_000, lang),
      });
      expect(text).not.toMatch(/\.\./);
      expect(text.endsWith('.')).toBe(true);
    }
  });
});
