import { describe, expect, it } from 'vitest';
import { cssPageContent, cssString } from '../../../src/format/css-string.js';

describe('cssString', () => {
  it('keeps plain Dutch text as it is', () => {
    expect(cssString('Beter Samenspel Haaglanden (H10), 2026–2035')).toBe('"Beter Samenspel Haaglanden (H10), 2026–2035"');
    expect(cssString('Één café')).toBe('"Één café"');
  });

  it('escapes whatever could end the string or the rule', () => {
    expect(cssString('a"b')).toBe('"a\\22 b"');
    expect(cssString('a\\b')).toBe('"a\\5c b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('x"} body{display:none} @page{')).toBe('"x\\22 \\7d  body\\7b display:none\\7d  @page\\7b "');
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "');
    expect(cssString('a\u202Eb')).toBe('"a\\202e b"');
  });

  it('gives a string a CSS parser reads back as the same text', () => {
    // The CSS escape rules: "\\hex " is one code point, and the space after it is eaten.
    const decode = (css: string) => css.slice(1, -1).replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    for (const text of ['Titel "x" \\ y', 'a\tb\r\nc', 'emoji 🙂 en {}', ' 0 ']) expect(decode(cssString(text))).toBe(text);
  });
});

describe('cssPageContent', () => {
  it('turns {page} and {pages} into the page counters', () => {
    expect(cssPageContent('Pagina {page} van {pages}')).toBe('"Pagina " counter(page) " van " counter(pages)');
    expect(cssPageContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });

  it('fills other placeholders as text, escaped', () => {
    expect(cssPageContent('{title} · {page}', { title: 'A "B"' })).toBe('"A \\22 B\\22  \\b7  " counter(page)');
    expect(cssPageContent('')).toBe('""');
  });
});
