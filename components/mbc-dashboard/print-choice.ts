import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { printText } from '../../src/i18n/print-messages.js';

/** What the print button offers: the open view, or every page of the dashboard. */
export type PrintChoice = 'view' | 'all';

/**
 * The two choices below the dashboard's print button (a disclosure: the button has
 * `aria-expanded`), "Deze weergave afdrukken" and "Hele dashboard afdrukken". They come with the
 * print code, which the first press of the button loads. Escape closes them and returns focus to
 * the button; leaving them with Tab closes them too.
 */
export function renderPrintChoices(lang: Lang, choose: (choice: PrintChoice) => void, close: (focusButton: boolean) => void): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };
  const onFocusout = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as Element).parentElement?.contains(next)) close(false);
  };
  return html`<div id="print-choices" class="print-choices" role="group" aria-label=${printText(lang, 'print.choice')} @keydown=${onKeydown} @focusout=${onFocusout}>
    <button type="button" data-print="view" @click=${() => choose('view')}>${printText(lang, 'print.view')}</button>
    <button type="button" data-print="all" @click=${() => choose('all')}>${printText(lang, 'print.all')}</button>
  </div>`;
}

/** The line that says a print is being prepared (`role="status"`, so it is announced). */
export function renderPrintStatus(lang: Lang, busy: boolean): TemplateResult {
  return html`<p class="print-status muted" role="status">${busy ? printText(lang, 'print.preparing') : nothing}</p>`;
}

/** The choices open below the button, over the page. */
export const printChoiceStyles = css`
  .print-choice {
    position: relative;
  }
  .print-choices {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 0.25rem);
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.5rem;
    background: var(--mbc-color-background, #ffffff);
    border: 1px solid var(--mbc-color-grid, #d0d0d0);
    border-radius: var(--mbc-border-radius, 4px);
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
    white-space: nowrap;
  }
  .print-status {
    margin: 0;
    align-self: center;
  }
`;
