/**
 * The document-level print style. `@page` inside a shadow root is ignored by Chromium, so the
 * page size, the margins and the page-margin boxes (title, page numbers) live in one
 * constructable stylesheet on the document: `document.adoptedStyleSheets` needs no `<style>`
 * element, so a strict CSP without `'unsafe-inline'` styles allows it. Every rule sits in
 * `@media print`, so the screen is never touched.
 *
 * The dashboard adopts it when it connects, so that the browser's own print command also prints
 * A4 landscape with page numbers; its print code (a chunk loaded on the first print) replaces
 * the text with one that adds the title and localised page numbers.
 */

/** A4 landscape with room for the header and the footer, and a language-free page number. */
export const BASE_PRINT_CSS =
  '@media print{@page{size:A4 landscape;margin:16mm 12mm 14mm;@bottom-right{content:counter(page) " / " counter(pages);font:8pt sans-serif}}}';

let sheet: CSSStyleSheet | undefined;

/**
 * Add the print sheet to the document once: a second call (a second dashboard, a reconnect)
 * finds it adopted and changes nothing, and the page's own adopted sheets stay, in their order,
 * before it. Returns the sheet, or undefined where constructable stylesheets are missing.
 */
export function adoptPrintSheet(doc: Document = document): CSSStyleSheet | undefined {
  if (!doc.adoptedStyleSheets) return undefined;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(BASE_PRINT_CSS);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return sheet;
}
