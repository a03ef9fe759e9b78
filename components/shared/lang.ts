import { toLang, type Lang } from '../../src/i18n/lang.js';

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's `lang`
 * (crossing shadow roots), else the document's, else Dutch.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}
