import type { Lang } from '../i18n/lang.js';

/** Names as a list in a sentence: "a, b en c" / "a, b and c" (Intl.ListFormat, conjunction). */
export function joinNames(names: readonly string[], lang: Lang = 'nl'): string {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' }).format(names);
}
