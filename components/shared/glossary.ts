import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Glossary } from '../../src/i18n/glossary-types.js';
import type { Lang } from '../../src/i18n/lang.js';

/** Each language's glossary is a chunk of its own: a page fetches only the language it shows. */
const LOADERS: Record<Lang, () => Promise<{ glossary: Glossary }>> = {
  nl: () => import('../../src/i18n/glossary-nl.js'),
  en: () => import('../../src/i18n/glossary-en.js'),
};

const loaded = new Map<Lang, Glossary>();
const loading = new Map<Lang, Promise<void>>();
const waiting = new Set<ReactiveControllerHost>();

/**
 * The glossary for an element that marks terms in its texts. Its texts are a chunk of their
 * own per language, fetched the first time an element asks for that language (after the
 * element's first render, so they never hold up a figure); until then `get` returns undefined
 * and the texts show unmarked, and every element that asked updates when they arrive.
 */
export class GlossaryController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    waiting.delete(this.host);
  }

  /** The glossary in `lang`, or undefined while it loads. */
  get(lang: Lang): Glossary | undefined {
    const found = loaded.get(lang);
    if (found) return found;
    waiting.add(this.host);
    if (!loading.has(lang)) {
      loading.set(
        lang,
        LOADERS[lang]().then(
          (module) => {
            loaded.set(lang, module.glossary);
            // Every element that asked updates (one that waits for the other language asks again).
            waiting.forEach((host) => host.requestUpdate());
            waiting.clear();
          },
          (error: unknown) => {
            loading.delete(lang); // a network hiccup may be retried by the next render
            console.error('mbc-dashboard: could not load the glossary', error);
          },
        ),
      );
    }
    return undefined;
  }
}
