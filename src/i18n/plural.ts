import { LOCALE, type Lang } from './lang.js';
import { formatNumber } from '../format/number.js';
import { fillTemplate } from './template.js';

/**
 * The one home of plurals. Every message table of the views goes through {@link message}: a
 * message about a count takes that count as the value `n`, and when `Intl.PluralRules` says `n`
 * is singular in the language ("1 cel", "1 year"), the key's `.one` variant is used where the
 * table has one. `{n}` is written as a number in the language ("1.234 cellen").
 */

/** A message table: its keys are the Dutch ones. */
export interface MessageTable<K extends string> {
  readonly nl: Readonly<Record<K, string>>;
  /** English may lack a key (Dutch is used then) and has its own `.one` variants. */
  readonly en: Readonly<Partial<Record<string, string>>>;
}

/** Values for a message's `{name}` placeholders; `n` (a number) also chooses the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

const rules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of a count in a language: `one` for 1 in Dutch and English, else `other`. */
export function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(LOCALE[lang])));
  return rule.select(count);
}

/** The key to use for `count`: `<key>.one` when the count is singular and the table has that variant. */
export function pluralKey<K extends string>(table: MessageTable<K>, lang: Lang, key: K, count: number | undefined): K {
  if (count === undefined || !Number.isFinite(count) || pluralCategory(count, lang) !== 'one') return key;
  const one = `${key}.one`;
  return (one in table[lang] ? one : key) as K;
}

/**
 * A message from a table in `lang` (Dutch where English lacks it), its plural form chosen by
 * `values.n` and its `{name}` placeholders filled. A placeholder without a value stays as
 * written, so that a missing value shows in a test instead of vanishing from a sentence.
 */
export function message<K extends string>(table: MessageTable<K>, lang: Lang, key: K, values: MessageValues = {}): string {
  const n = typeof values.n === 'number' ? values.n : undefined;
  const chosen = pluralKey(table, lang, key, n);
  const template: string = (table[lang] as Partial<Record<K, string>>)[chosen] ?? table.nl[chosen];
  // A whole count is written as a number of the language: "1.234 cellen".
  return fillTemplate(template, n !== undefined && Number.isInteger(n) ? { ...values, n: formatNumber(n, lang, 0) } : values);
}

/** The function that translates one message table: `uiText = translator(UI)`, then `uiText(lang, key, values)`. */
export function translator<K extends string>(table: MessageTable<K>): (lang: Lang, key: K, values?: MessageValues) => string {
  return (lang, key, values = {}) => message(table, lang, key, values);
}
