import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../components/register.js';
import { deepQueryAll } from './helpers.js';

// Every story of every stories file is rendered in Chromium; none may throw, log an error or
// leave an unhandled rejection. The loading stories' URL never answers, as in Storybook.

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).includes('__mbc_pending__') ? new Promise<Response>(() => undefined) : realFetch(input, init);

interface StoryModule {
  default: { title?: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
  [name: string]: unknown;
}

// Each stories file, loaded as a plain module (the Storybook types are not needed to render).
const modules: Record<string, () => Promise<unknown>> = {
  'mbc-chart': () => import('../../stories/mbc-chart.stories.js'),
  'mbc-kpi': () => import('../../stories/mbc-kpi.stories.js'),
  'mbc-data-source': () => import('../../stories/mbc-data-source.stories.js'),
  'mbc-filter-bar': () => import('../../stories/mbc-filter-bar.stories.js'),
  'mbc-product-usage': () => import('../../stories/mbc-product-usage.stories.js'),
  'mbc-indicators': () => import('../../stories/mbc-indicators.stories.js'),
  'mbc-benchmark': () => import('../../stories/mbc-benchmark.stories.js'),
  'mbc-implementation-costs': () => import('../../stories/mbc-implementation-costs.stories.js'),
  'mbc-business-case': () => import('../../stories/mbc-business-case.stories.js'),
  'mbc-dashboard': () => import('../../stories/mbc-dashboard.stories.js'),
  'mbc-overview': () => import('../../stories/mbc-overview.stories.js'),
};

describe('stories', () => {
  for (const [name, load] of Object.entries(modules)) {
    it(`${name}: every story renders without errors`, async () => {
      const module = (await load()) as StoryModule;
      const meta = module.default;
      const stories = Object.entries(module).filter(([key]) => key !== 'default' && key !== '__namedExportsOrder');
      expect(stories.length).to.be.greaterThan(0);
      for (const [storyName, story] of stories) {
        const s = story as { args?: Record<string, unknown>; render?: StoryModule['default']['render'] };
        const args = { ...meta.args, ...s.args };
        const template = (s.render ?? meta.render)!(args);
        const errors: string[] = [];
        const onError = (e: ErrorEvent) => errors.push(`${storyName}: ${e.message}`);
        const onRejection = (e: PromiseRejectionEvent) => errors.push(`${storyName}: unhandled ${e.reason}`);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        render(template, host);
        await new Promise((r) => setTimeout(r, 400));
        const elements = deepQueryAll(host, '*').filter((el) => el.localName.startsWith('mbc-'));
        expect(elements.length, `${name}/${storyName} renders mbc elements`).to.be.greaterThan(0);
        // Stories with good data show no problem; the error stories must show one.
        if (/Malformed|Error/.test(storyName)) {
          await waitUntil(() => deepQueryAll(host, '[role="alert"]').length > 0, `${name}/${storyName} shows its alert`, { timeout: 10000 });
        } else if (!/Loading|Empty/.test(storyName)) {
          expect(
            deepQueryAll(host, '[role="alert"]').map((a) => a.textContent!.trim().slice(0, 200)),
            `${name}/${storyName}`,
          ).to.deep.equal([]);
        }
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        render(html``, host);
        expect(errors).to.deep.equal([]);
      }
    });
  }
});
