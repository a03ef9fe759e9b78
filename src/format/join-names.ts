import type { Lang } from '../i18n/lang.js';

const lists = new Map<Lang, Intl.ListFormat>();

/** Names as a list in a sentence: "a, b en c" / "a, b and c" (Intl.ListFormat, conjunction). */
export function joinNames(names: readonly string[], lang: Lang = 'nl'): string {
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' })));
  return list.format(names);
}
