import { waitUntil } from '@open-wc/testing';

/** All elements matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** The bar marks Vega drew (SVG renderer) anywhere below `root`. */
export function barMarks(root: ParentNode): SVGPathElement[] {
  return deepQueryAll<SVGPathElement>(root, 'g.mark-rect path');
}

/** Wait until at least `count` elements match `selector` below `root`. */
export async function waitForDeep(root: ParentNode, selector: string, count = 1, timeout = 15000): Promise<Element[]> {
  await waitUntil(() => deepQueryAll(root, selector).length >= count, `waiting for ${count} × ${selector}`, { timeout });
  return deepQueryAll(root, selector);
}

/** The whole visible text below root, including shadow roots. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/**
 * `deepText` as a reader sees it: without the terms' "?" buttons and their explanations
 * (components/shared/term.ts), which show only on hover, focus or a tap.
 */
export function deepShownText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node instanceof Element && node.matches('.term-tip, .term-button')) return;
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return text;
}

/** The text an element shows, without the explanations and "?" buttons of its terms. */
export function shownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.term-tip, .term-button').forEach((e) => e.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
