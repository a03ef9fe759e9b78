import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { uiText } from '../../src/i18n/ui-messages.js';

/** Each language named in itself, as language menus do. */
const NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The dashboard's language switch: two toggle buttons (`aria-pressed`) in a labelled group,
 * each named in its own language and marked with its `lang`. Choosing one sets `lang` on the
 * dashboard, and every element in it re-renders its text from the same computed numbers (the
 * business case's analyses are not run again: language is not part of their inputs).
 */
export function renderLanguageSwitch(current: Lang, choose: (lang: Lang) => void): TemplateResult {
  return html`<div class="language" role="group" aria-label=${uiText(current, 'dashboard.language')}>
    ${(Object.keys(NAMES) as Lang[]).map(
      (lang) =>
        html`<button type="button" lang=${lang} aria-pressed=${lang === current ? 'true' : 'false'} @click=${() => choose(lang)}>${NAMES[lang]}</button>`,
    )}
  </div>`;
}
