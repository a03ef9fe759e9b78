import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Glossary } from '../../src/i18n/glossary-types.js';
import type { Lang } from '../../src/i18n/lang.js';

type GlossaryModule = typeof import('../../src/i18n/glossary.js');

let loaded: GlossaryModule | undefined;
let loading: Promise<void> | undefined;
const waiting = new Set<ReactiveControllerHost>();

/**
 * The glossary for an element that marks terms in its texts. Its texts are a chunk of their
 * own, fetched the first time an element asks (after the element's first render, so they never
 * hold up a figure); until then `get` returns undefined and the texts show unmarked, and every
 * element that asked updates when they arrive.
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
    if (loaded) return loaded.glossary(lang);
    waiting.add(this.host);
    loading ??= import('../../src/i18n/glossary.js').then(
      (module) => {
        loaded = module;
        waiting.forEach((host) => host.requestUpdate());
        waiting.clear();
      },
      (error: unknown) => console.error('mbc-dashboard: could not load the glossary', error),
    );
    return undefined;
  }
}
