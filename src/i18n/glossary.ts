import type { Lang } from './lang.js';
import type { Glossary } from './glossary-types.js';
import { glossary as nl } from './glossary-nl.js';
import { glossary as en } from './glossary-en.js';

/**
 * Plain-language explanations of the terms a council member may not know, in Dutch and
 * English. The texts live in one module per language (`glossary-nl.ts`, `glossary-en.ts`), each
 * a chunk of its own that views load on demand for the language they show
 * (`components/shared/glossary.ts`); they mark the terms in their texts
 * (`components/shared/term.ts`) and the dashboard lists them all for print. This module gives
 * both at once, for code that has them at hand (Node, tests).
 */
export function glossary(lang: Lang): Glossary {
  return lang === 'en' ? en : nl;
}
