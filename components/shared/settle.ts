/**
 * Waiting until everything below a root has drawn: element code loaded, Lit updates done, data
 * loaded, analyses finished and every chart drawn. The print code uses it before it prints.
 *
 * An element may take part with a `settled` promise, which resolves when its own asynchronous
 * work (beyond Lit's update) is done; the business-case view does, for its analyses worker.
 */

interface Settling extends Element {
  isUpdatePending?: boolean;
  updateComplete?: Promise<unknown>;
  settled?: Promise<unknown>;
  /** `<mbc-chart>`: what to draw, and the view once drawn. */
  chart?: unknown;
  view?: unknown;
}

/** Every element below `root`, through open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Whether a promise is still pending after the microtasks queued now (a chain of them settles in one task). */
function isPending(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    promise.then(
      () => false,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true))),
  ]);
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A chart that has something to draw, is laid out, and has neither drawn nor failed. */
function drawing(el: Settling): boolean {
  return (
    el.localName === 'mbc-chart' && el.chart !== undefined && !el.view && el.getClientRects().length > 0 && !el.shadowRoot?.querySelector('[role="alert"]')
  );
}

/** The waits of one look at `root`: an empty list when nothing is still on its way. */
async function pendingWork(root: ParentNode, loading: () => Promise<void> | undefined): Promise<Promise<unknown>[]> {
  const waits: Promise<unknown>[] = [];
  const load = loading();
  if (load) waits.push(load);
  const elements = deepElements(root) as Settling[];
  for (const tag of new Set(elements.filter((el) => el.localName.startsWith('mbc-') && !customElements.get(el.localName)).map((el) => el.localName))) {
    waits.push(customElements.whenDefined(tag));
  }
  for (const el of elements) {
    if (el.isUpdatePending && el.updateComplete) waits.push(el.updateComplete);
    if (el.settled && (await isPending(el.settled))) waits.push(el.settled);
    if (drawing(el)) {
      waits.push(
        new Promise<void>((resolve) => {
          const done = () => {
            el.removeEventListener('mbc-chart-rendered', done);
            el.removeEventListener('mbc-error', done);
            resolve();
          };
          el.addEventListener('mbc-chart-rendered', done);
          el.addEventListener('mbc-error', done);
        }),
      );
    }
  }
  return waits;
}

/**
 * Resolve when nothing below `root` is on its way any more: two looks in a row, a frame apart,
 * find nothing to wait for. `loading` returns a promise while the data are still loading.
 * Gives up (and resolves) after `timeout` milliseconds, so a chart that never draws does not
 * stop the print.
 */
export async function settle(root: ParentNode, options: { loading?: () => Promise<void> | undefined; timeout?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 30000);
  const loading = options.loading ?? (() => undefined);
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    const waits = await pendingWork(root, loading);
    if (waits.length) {
      quiet = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([Promise.allSettled(waits), new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
      clearTimeout(timer);
    } else quiet++;
    await frame();
  }
}
