/**
 * The shape of the glossary (`src/i18n/glossary.ts`, texts in `glossary-nl.ts` and
 * `glossary-en.ts`). The texts themselves load on demand, with the views that show them; these
 * types cost nothing at run time.
 */

/** The terms a council member may not know. */
export type GlossaryTermId =
  'npv' | 'bcr' | 'discountRate' | 'percentiles' | 'runs' | 'breakEven' | 'rampUp' | 'illustrative' | 'ots' | 'jbt' | 'rvdk' | 'hidden';

/** One term in one language. */
export interface GlossaryEntry {
  id: GlossaryTermId;
  /** The term as the glossary list names it: "Netto contante waarde (NCW)". */
  term: string;
  /** One or two plain sentences. */
  explanation: string;
}

/** One language's texts of the glossary, as `glossary-nl.ts` and `glossary-en.ts` write them. */
export interface GlossaryTexts {
  /** Heading of the glossary list: "Begrippen". */
  heading: string;
  /** Accessible name of a term's button, with `{term}`: "Uitleg: {term}". */
  explain: string;
  terms: Record<GlossaryTermId, { term: string; forms: readonly string[]; explanation: string }>;
}

/** Where a term stands in a text. */
export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

/** The glossary in one language. */
export interface Glossary {
  lang: 'nl' | 'en';
  entries: readonly GlossaryEntry[];
  /** Heading of the glossary list: "Begrippen". */
  heading: string;
  /** Accessible name of a term's button: "Uitleg: {term}". */
  explain: string;
  /** The first place of each term in a text, in text order, never overlapping. */
  find(text: string): TermMatch[];
}
