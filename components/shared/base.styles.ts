import { css } from 'lit';

/**
 * Styles shared by every element: the custom properties with their NL Design System and
 * neutral fallbacks. Every `var()` has a fallback.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--mbc-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif));
    /* light-dark(): the dark value only where the page allows a dark scheme (color-scheme) and the user prefers it. */
    color: var(--mbc-color-text, var(--utrecht-document-color, light-dark(#1a1a1a, #f0f0f0)));
    line-height: var(--mbc-line-height, var(--utrecht-document-line-height, 1.5));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--mbc-button-color, var(--utrecht-button-secondary-action-color, #1f5fa8));
    background: var(--mbc-button-background, var(--utrecht-button-secondary-action-background-color, #ffffff));
    border: 1px solid currentColor;
    border-radius: var(--mbc-border-radius, var(--utrecht-button-border-radius, 4px));
    padding-block: 0.25em;
    padding-inline: 0.75em;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--mbc-focus-color, var(--utrecht-focus-outline-color, #000000));
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--mbc-focus-inverse-color, var(--utrecht-focus-inverse-outline-color, #ffffff));
  }
  .alert {
    border-inline-start: 4px solid var(--mbc-color-error, var(--utrecht-feedback-danger-color, #a4202b));
    background: var(--mbc-color-error-background, #fdf2f2);
    padding: 0.5em 0.75em;
    margin-block: 0.5em;
  }
  .muted {
    color: var(--mbc-color-text-muted, light-dark(#4d4d4d, #bdbdbd));
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
