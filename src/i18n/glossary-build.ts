import type { Lang } from './lang.js';
import type { Glossary, GlossaryEntry, GlossaryTermId, GlossaryTexts, TermMatch } from './glossary-types.js';

/** A form as a pattern: an abbreviation only as written, a word in any case; whole words only. */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const abbreviation = /[A-Z]/.test(form) && !/[a-z]{3,}/.test(form.replace(/^[A-Z]/, ''));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, abbreviation ? 'u' : 'iu');
}

/** The glossary of one language's texts (glossary-nl.ts, glossary-en.ts), every term with the patterns that find it. */
export function buildGlossary(lang: Lang, texts: GlossaryTexts): Glossary {
  const terms = (Object.keys(texts.terms) as GlossaryTermId[]).map((id) => {
    const { term, forms, explanation } = texts.terms[id];
    // Longer forms first, so "VOTS" wins over "OTS" and "trekkingen" over "trekking".
    const patterns = [...forms].sort((a, b) => b.length - a.length).map(formPattern);
    return { entry: { id, term, explanation } satisfies GlossaryEntry, patterns };
  });
  const find = (text: string): TermMatch[] => {
    const matches: TermMatch[] = [];
    for (const { entry, patterns } of terms) {
      let first: TermMatch | null = null;
      for (const pattern of patterns) {
        const m = pattern.exec(text);
        if (m && (!first || m.index < first.start)) first = { start: m.index, end: m.index + m[0].length, entry };
      }
      if (first && !matches.some((o) => first!.start < o.end && o.start < first!.end)) matches.push(first);
    }
    return matches.sort((a, b) => a.start - b.start);
  };
  return { lang, entries: terms.map((t) => t.entry), heading: texts.heading, explain: texts.explain, find };
}
