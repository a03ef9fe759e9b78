import { html, type TemplateResult } from 'lit';
import type { Glossary, GlossaryEntry } from '../../src/i18n/glossary-types.js';
import { withBdi } from './bidi.js';

/**
 * The term pattern: a word a council member may not know, followed by a small "?" button. Its
 * explanation shows while the pointer is on the term or the button (and on the explanation
 * itself, so it can be read and selected), while the button has focus, and after a tap or
 * click on the button until the next one; Escape hides it. Screen readers get it as the
 * button's description (`aria-describedby`), so focus alone announces it. No `title` tooltips.
 * In print the buttons and bubbles go away; the dashboard prints the glossary as a list.
 *
 * Styles: `termStyles` (components/shared/term.styles.ts).
 */

let nextId = 0;
/** The term the pointer is on, which Escape hides (WCAG 1.4.13: dismissible without moving). */
let hovered: HTMLElement | null = null;
let listening = false;

function dismiss(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !hovered) return;
  hovered.classList.add('dismissed');
  hovered.querySelector('button')?.setAttribute('aria-expanded', 'false');
}

function enter(event: Event): void {
  hovered = event.currentTarget as HTMLElement;
  if (!listening) {
    document.addEventListener('keydown', dismiss);
    listening = true;
  }
}

function leave(event: Event): void {
  const term = event.currentTarget as HTMLElement;
  if (hovered === term) hovered = null;
  if (!term.matches(':focus-within')) term.classList.remove('dismissed');
}

function toggle(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  button.parentElement!.classList.toggle('dismissed', !open);
}

function keydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const term = event.currentTarget as HTMLElement;
  if (term.classList.contains('dismissed')) return;
  // Escape closes the explanation first, before it closes anything around it.
  event.stopPropagation();
  term.classList.add('dismissed');
  term.querySelector('button')?.setAttribute('aria-expanded', 'false');
}

function blur(event: FocusEvent): void {
  const term = event.currentTarget as HTMLElement;
  if (!term.contains(event.relatedTarget as Node | null) && hovered !== term) term.classList.remove('dismissed');
}

/** One term as written in the text (`text`), with its button and explanation. */
export function renderTerm(text: string, entry: GlossaryEntry, glossary: Glossary): TemplateResult {
  const id = `mbc-term-${++nextId}`;
  // The attributes the handlers change are written once, not bound: a re-render keeps them.
  // The tooltip's name is its content (ARIA 1.2: a tooltip takes its name from contents), and the
  // button's aria-describedby reads it from there: an aria-label would only repeat it.
  /* eslint-disable lit-a11y/accessible-name */
  return html`<span class="term" data-term=${entry.id} @mouseenter=${enter} @mouseleave=${leave} @keydown=${keydown} @focusout=${blur}
    ><span class="term-word">${text}</span
    ><button type="button" class="term-button" aria-expanded="false" aria-label=${glossary.explain.replace('{term}', text)} aria-describedby=${id} @click=${toggle}>
      <span aria-hidden="true">?</span></button
    ><span class="term-tip" role="tooltip" id=${id}>${entry.explanation}</span></span
  >`;
  /* eslint-enable lit-a11y/accessible-name */
}

/**
 * Text from `src/` as HTML: each name it isolated in its own `<bdi>` (see `withBdi`) and, with a
 * glossary, the first place of each term marked with the term pattern. Without a glossary
 * (it loads on demand) the text shows as it is.
 */
export function withTerms(text: string, glossary: Glossary | undefined): TemplateResult | string {
  if (!glossary || !text) return withBdi(text);
  // Terms are looked for outside isolated names only.
  const parts = text.split(/(\u2068[^\u2068\u2069]*\u2069)/);
  const seen = new Set<string>();
  return html`${parts.map((part) => {
    if (part.startsWith('\u2068')) return withBdi(part);
    const matches = glossary.find(part).filter((m) => !seen.has(m.entry.id));
    if (!matches.length) return part;
    const out: Array<string | TemplateResult> = [];
    let at = 0;
    for (const m of matches) {
      seen.add(m.entry.id);
      out.push(part.slice(at, m.start), renderTerm(part.slice(m.start, m.end), m.entry, glossary));
      at = m.end;
    }
    out.push(part.slice(at));
    return out;
  })}`;
}
