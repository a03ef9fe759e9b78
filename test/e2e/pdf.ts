import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF as the print tests read it. */
export interface PdfPage {
  /** The MediaBox in points. */
  width: number;
  height: number;
  /** The text items, in content order. */
  items: Array<{ text: string; x: number; width: number }>;
  /** All text, items joined with spaces. */
  text: string;
  /** Paths drawn (Vega's marks and axes, rules, tile borders) and images painted. */
  paths: number;
  images: number;
}

/** Read every page of a PDF: its size, its text and how much it draws. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items = content.items
      .filter((item): item is typeof item & { str: string; transform: number[]; width: number } => 'str' in item)
      .map((item) => ({ text: item.str, x: item.transform[4]!, width: item.width }));
    const ops = await page.getOperatorList();
    const count = (...codes: number[]) => ops.fnArray.filter((fn) => codes.includes(fn)).length;
    pages.push({
      width: x1 - x0,
      height: y1 - y0,
      items,
      text: items.map((i) => i.text).join(' '),
      paths: count(OPS.constructPath),
      images: count(OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject),
    });
  }
  await doc.destroy();
  return pages;
}

/** Text without any white space, to find a phrase however the PDF broke its lines. */
export const squeeze = (text: string) => text.replace(/[\s\u00ad]+/g, '');
