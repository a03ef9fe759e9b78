import { html, nothing, type TemplateResult } from 'lit';

/** A column of a data table: its header text, and whether it holds numbers (right-aligned). */
export interface Column {
  label: string;
  num?: boolean;
}

/**
 * A data table of the business case in its own focusable region that scrolls sideways, named by
 * the section heading `labelledBy`: on a narrow screen the table keeps its two dimensions
 * (WCAG 1.4.10) and a keyboard user can scroll it. `rows` are the `<tr>`s of its body.
 */
export function renderTable(labelledBy: string, columns: readonly Column[], rows: unknown, caption?: string): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby=${labelledBy}>
    <table>
      ${caption ? html`<caption>${caption}</caption>` : nothing}
      <thead>
        <tr>
          ${columns.map((c) => html`<th scope="col" class=${c.num ? 'num' : nothing}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
