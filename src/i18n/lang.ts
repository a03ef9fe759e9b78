/** The two languages the library speaks. Dutch is the default everywhere. */
export type Lang = 'nl' | 'en';

/** Normalise any BCP 47 tag (`nl-NL`, `en-GB`, `EN`) to a supported language, Dutch otherwise. */
export function toLang(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && /^en\b/i.test(tag.trim()) ? 'en' : 'nl';
}

/** The `Intl` locale used for each language. */
export const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
