import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders its host when any `lang` attribute in the document changes (on the element itself
 * or an ancestor), so `lang="en"` switches every element at once. One observer serves all.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
