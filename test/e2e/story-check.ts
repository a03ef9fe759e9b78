/**
 * What a story must show once rendered, and the check that runs inside the Storybook iframe.
 * `inspectStory` is passed to `page.evaluate`, so it is self-contained: no imports, no helpers
 * from outside its body.
 */

/** `error`: an alert; `loading`: a busy status; `empty`: the empty message; `drawn`: content. */
export type StoryKind = 'error' | 'loading' | 'empty' | 'drawn';

export interface StoryExpectation {
  kind: StoryKind;
}

export interface StoryState {
  /** The tags of every `mbc-*` element in the story, shadow roots included. */
  tags: string[];
  /** Each requirement that does not hold, as a sentence. */
  missing: string[];
  /** A problem that waiting cannot mend: an element left undefined, a story that threw. */
  fatal: boolean;
}

/** The expectation of a story, from its name ("Malformed file", "Loading", "Region"). */
export function storyExpectation(name: string): StoryExpectation {
  if (/Malformed|Error/i.test(name)) return { kind: 'error' };
  if (/Loading/i.test(name)) return { kind: 'loading' };
  if (/Empty/i.test(name)) return { kind: 'empty' };
  return { kind: 'drawn' };
}

/**
 * Runs in the page. With `asBoolean`, returns `true` once every requirement holds or a fatal
 * problem shows (for `waitForFunction`), else `false`; without it, returns the state.
 * Registration runs when the preview module loads, before any story renders: an element still
 * undefined once the story's template is in the document will stay undefined.
 */
export function inspectStory(expectation: StoryExpectation, asBoolean: boolean): StoryState | boolean {
  const missing: string[] = [];
  let fatal = false;
  const all: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const root = document.querySelector('#storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) {
    missing.push(`Storybook shows an error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`);
    fatal = true;
  }
  if (root) walk(root);
  const elements = all.filter((el) => el.localName.startsWith('mbc-'));
  const visible = (el: Element) => el.getClientRects().length > 0;
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (elements.length === 0) missing.push('no mbc-* element in #storybook-root');
  for (const el of elements) {
    if (!customElements.get(el.localName) || !el.matches(':defined')) {
      missing.push(`<${el.localName}> is not defined`);
      fatal = true;
      continue;
    }
    // A data source renders nothing by design; every other element draws in its shadow root.
    if (el.localName === 'mbc-data-source') continue;
    const drawn = [...(el.shadowRoot?.children ?? [])].some((child) => child.localName !== 'style' && (child.children.length > 0 || text(child) !== ''));
    if (!drawn) missing.push(`<${el.localName}> has an empty shadow root`);
  }
  const alerts = all.filter((el) => el.getAttribute('role') === 'alert' && text(el) !== '');
  if (expectation.kind === 'error' && alerts.length === 0) missing.push('no role="alert" with text');
  if (expectation.kind !== 'error' && alerts.length > 0) missing.push(`unexpected alert: ${text(alerts[0]!).slice(0, 200)}`);
  if (expectation.kind === 'loading' && !all.some((el) => el.getAttribute('role') === 'status')) missing.push('no role="status" (loading)');
  if (expectation.kind === 'empty' && !all.some((el) => el.getAttribute('part') === 'status')) missing.push('no part="status" (empty)');
  if (expectation.kind === 'drawn') {
    // A visible view draws charts unless it shows only its tiles (`variant="tiles"`, as on the
    // dashboard's overview); every visible chart has marks.
    const views = ['mbc-product-usage', 'mbc-indicators', 'mbc-implementation-costs', 'mbc-business-case', 'mbc-benchmark'];
    const chartViews = elements.filter((el) => views.includes(el.localName) && visible(el) && el.getAttribute('variant') !== 'tiles');
    const charts = elements.filter((el) => el.localName === 'mbc-chart' && visible(el));
    const undrawn = charts.filter((c) => !c.shadowRoot?.querySelector('svg g[class*="mark-"] > *'));
    if (chartViews.length > 0 && charts.length === 0) missing.push(`no visible <mbc-chart> in <${chartViews[0]!.localName}>`);
    // The business case's sensitivity and Monte Carlo come from a worker: an empty worker file
    // (a build that drops its code) leaves this status for good.
    if (all.some((el) => el.classList.contains('analyses-pending') && visible(el)))
      missing.push('the business case still computes its sensitivity and Monte Carlo');
    if (undrawn.length) {
      // What the first undrawn chart says of itself, for a failure that does not reproduce at will.
      const first = undrawn[0] as Element & { status?: string; view?: unknown; chart?: unknown };
      const canvas = first.shadowRoot?.querySelector('.canvas');
      const state = `status ${String(first.status)}, view ${first.view ? 'yes' : 'no'}, chart ${first.chart ? 'yes' : 'no'}, canvas children ${canvas?.childElementCount ?? 'none'}, svg ${first.shadowRoot?.querySelector('svg') ? 'yes' : 'no'}, width ${Math.round(first.getBoundingClientRect().width)}`;
      missing.push(`${undrawn.length} of ${charts.length} visible charts have no SVG marks (first: ${state})`);
    }
  }
  if (asBoolean) return missing.length === 0 || fatal;
  return { tags: [...new Set(elements.map((el) => el.localName))].sort(), missing, fatal };
}
