import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium, STRICT_CSP } from './browser.js';

describe('dist/ under a strict Content-Security-Policy', () => {
  let server: Server;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    port = await listen(server, 18180);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('draws every chart of every view (the dashboard in sections), shows tooltips on hover, with zero violations and no request to another origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== `localhost:${port}`) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`http://localhost:${port}/test/e2e/pages/csp.html`, { waitUntil: 'load' });
    const counts = await page.waitForFunction(
      () => {
        const charts: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'mbc-chart') charts.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        const drawn = charts.filter((c) => c.shadowRoot!.querySelector('.canvas svg .mark-rect, .canvas svg .mark-text, .canvas svg .mark-line'));
        const views = ['mbc-business-case', 'mbc-implementation-costs', 'mbc-product-usage', 'mbc-indicators', 'mbc-benchmark'].filter((tag) =>
          document.querySelector('mbc-dashboard')?.shadowRoot?.querySelector(`section ${tag}`),
        );
        // 5 views with 21 charts, and the overview's 4.
        return views.length === 5 && charts.length === 25 && drawn.length === charts.length ? { views: views.length, drawn: drawn.length } : false;
      },
      { timeout: 30000 },
    );
    expect(await counts.jsonValue()).toEqual({ views: 5, drawn: 25 });
    // Hover a mark of every chart with the mouse: its tooltip shows next to the pointer, and is
    // positioned without a style attribute, which this CSP would block.
    const marks = await page.evaluateHandle(() => {
      const found: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'mbc-chart') {
            const mark = [...el.shadowRoot!.querySelectorAll('.canvas svg g.mark-rect.role-mark path, .canvas svg g.mark-symbol.role-mark path')].find((m) => {
              const box = m.getBoundingClientRect();
              return box.width > 3 && box.height > 3;
            });
            if (mark) found.push(mark);
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    const count = await marks.evaluate((list) => list.length);
    expect(count).toBeGreaterThanOrEqual(20);
    let shown = 0;
    for (let i = 0; i < count; i++) {
      const mark = await marks.evaluateHandle((list, index) => list[index]!, i);
      const at = await mark.evaluate((m) => {
        m.scrollIntoView({ block: 'center', inline: 'center' });
        const box = m.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
      await page.mouse.move(at.x - 2, at.y - 2);
      await page.mouse.move(at.x, at.y, { steps: 2 });
      const tooltip = await mark.evaluate((m) => {
        const host = (m.getRootNode() as ShadowRoot).host;
        const box = host.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
        return box.hidden ? null : { text: box.textContent!.trim().length > 0, left: box.getBoundingClientRect().left, mark: m.getBoundingClientRect().left };
      });
      if (tooltip && tooltip.text && Math.abs(tooltip.left - tooltip.mark) < 400) shown++;
    }
    expect(shown).toBe(count);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 40000);

  it('raw CSV under the same CSP gives a clear message naming the fix, not a stack trace', async () => {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/test/e2e/pages/csp-raw.html`, { waitUntil: 'load' });
    const alert = await page.waitForFunction(
      () => document.querySelector('mbc-product-usage')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? false,
      { timeout: 20000 },
    );
    expect(await alert.jsonValue()).toContain('npx mbc-dashboard prepare');
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    expect(errors).toEqual([]);
    await page.close();
  }, 40000);
});
