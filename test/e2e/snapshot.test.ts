import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { launchChromium, STRICT_CSP } from './browser.js';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { unpackSnapshotData } from '../../src/snapshot/pack.js';

/**
 * The one-file snapshot as a user gets it: written by the built command (`dist/cli.js
 * snapshot`), opened from disk (file://) in Chromium with every request but the file itself
 * blocked. Every page draws, the business case's sliders recompute, the stamp names the files,
 * and the file holds aggregated cells only, never a raw row.
 */
const CLI = 'dist/cli.js';
const dir = mkdtempSync(join(tmpdir(), 'mbc-snapshot-'));

function snapshot(manifest: string, out: string, extra: string[] = []) {
  const result = spawnSync(process.execPath, [CLI, 'snapshot', '--manifest', manifest, '--out', out, ...extra], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Amsterdam' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function dataBlock(html: string): string {
  const match = /<script type="application\/json" id="mbc-snapshot-data">([^<]*)<\/script>/.exec(html);
  if (!match) throw new Error('no data block');
  return match[1]!;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every element named `tag` in the page, through shadow roots. */
function deepCount(page: Page, tag: string, drawnOnly = false): Promise<number> {
  return page.evaluate(
    (name, drawn) => {
      const found: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === name) found.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return drawn ? found.filter((c) => c.shadowRoot?.querySelector('.canvas svg .role-mark')).length : found.length;
    },
    tag,
    drawnOnly,
  );
}

describe('one-file snapshot (mbc-dashboard snapshot)', () => {
  let browser: Browser;
  const file = join(dir, 'rapport.html');

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is written by the command line, under 1 MB, with a stamp naming each file and its SHA-256', () => {
    const result = snapshot('data/manifest.json', file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rapport\.html geschreven \(\d+ kB\)/);
    const html = readFileSync(file, 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
    for (const name of ['manifest.json', 'h10-bundle.json', 'business-case.haaglanden.json', 'parameters-h10.csv']) {
      expect(html).toContain(`<bdi>${name}</bdi> <code>sha256:${sha256(join('data', name))}</code>`);
    }
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(html).toMatch(new RegExp(`Momentopname gemaakt op \\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2} met mbc-dashboard ${version.replace(/\./g, '\\.')}`));
    // No request source in its policy but its own script's hash.
    expect(html).toMatch(/content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*'; style-src 'none'/);
  });

  it('holds the prepared cells only: raw files named by the manifest are aggregated and suppressed first, no record survives', async () => {
    copyFileSync('data/h10-gebruik.csv', join(dir, 'gebruik.csv'));
    copyFileSync('data/h10-indicatoren.csv', join(dir, 'indicatoren.csv'));
    copyFileSync('data/business-case.haaglanden.json', join(dir, 'model.json'));
    writeFileSync(
      join(dir, 'raw.json'),
      JSON.stringify({ format: 'mbc-manifest', version: 1, title: 'Ruw', usage: 'gebruik.csv', indicators: 'indicatoren.csv', model: 'model.json' }),
    );
    const out = join(dir, 'raw.html');
    const result = snapshot(join(dir, 'raw.json'), out);
    expect(result.status).toBe(0);
    const data = await unpackSnapshotData(dataBlock(readFileSync(out, 'utf8')));
    const text = JSON.stringify(data.bundle);
    expect((data.bundle as { format: string }).format).toBe('mbc-bundle');
    // Every case id of the raw file, and its column names, are absent.
    const raw = readFileSync('data/h10-gebruik.csv', 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    const ids = raw.map((line) => line.split(';')[7]!).filter((id) => id.length >= 4);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => text.includes(id))).toEqual([]);
    for (const column of ['casus_id', 'startdatum', 'uren_besteed', 'extra_uren_lokaal_team']) expect(text).not.toContain(column);
    // The model travels as it is; the files' stamp names the raw files it was made from.
    expect(data.model).toEqual(JSON.parse(readFileSync('data/business-case.haaglanden.json', 'utf8')));
    expect(data.files!.map((f) => f.name)).toEqual(['raw.json', 'gebruik.csv', 'indicatoren.csv', 'model.json']);
  });

  it('refuses a manifest with a bad file, names the problem, and writes nothing', () => {
    writeFileSync(join(dir, 'kapot.csv'), 'gemeente;product\nDelft;9z\n');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ format: 'mbc-manifest', version: 1, usage: 'kapot.csv' }));
    const out = join(dir, 'bad.html');
    const result = snapshot(join(dir, 'bad.json'), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kapot.csv');
    expect(result.stderr).toMatch(/niet geschreven/);
    expect(existsSync(out)).toBe(false);
  });

  it('opened from disk with the network blocked: every page draws, a slider recomputes, zero requests, zero console errors', async () => {
    const page = await browser.newPage();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    const errors: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url) return void request.continue();
      requests.push(request.url());
      void request.abort();
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { waitUntil: 'load' });

    // Every tab, the benchmark's ("Vergelijken") too.
    await page.waitForFunction(() => (document.querySelector('mbc-dashboard')?.shadowRoot?.querySelectorAll('[role="tab"]').length ?? 0) === 6, {
      timeout: 30000,
    });
    const tabs = await page.evaluate(() =>
      [...document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim()),
    );
    expect(tabs).toEqual(['Overzicht', 'Business case', 'Implementatiekosten', 'Productgebruik', 'Indicatoren', 'Vergelijken']);
    const expected: Record<string, number> = { overview: 4, 'business-case': 1, costs: 1, usage: 1, indicators: 1, benchmark: 1 };
    for (const [id, atLeast] of Object.entries(expected)) {
      await page.evaluate((p) => {
        const dashboard = document.querySelector('mbc-dashboard') as HTMLElement & { page: string };
        dashboard.page = p;
      }, id);
      await page.waitForFunction(
        (min) => {
          const panel = document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector('[role="tabpanel"]');
          if (!panel) return false;
          const charts: Element[] = [];
          const walk = (root: ParentNode) => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName === 'mbc-chart') charts.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(panel);
          return charts.length >= min && charts.every((c) => c.shadowRoot?.querySelector('.canvas svg .role-mark'));
        },
        { timeout: 30000 },
        atLeast,
      );
      expect(await deepCount(page, 'mbc-chart', true), id).toBeGreaterThanOrEqual(atLeast);
    }

    // The business case's what-if sliders recompute the net present value.
    await page.evaluate(() => {
      (document.querySelector('mbc-dashboard') as HTMLElement & { page: string }).page = 'business-case';
    });
    const change = await page.waitForFunction(
      () => {
        const view = document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector('mbc-business-case');
        const slider = view?.shadowRoot?.querySelector<HTMLInputElement>('input[type="range"]');
        if (!slider) return false;
        if (!slider.dataset.moved) {
          slider.value = slider.max;
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          slider.dispatchEvent(new Event('change', { bubbles: true }));
          slider.dataset.moved = '1';
        }
        const text = view!.shadowRoot!.querySelector('[part="change"]')?.textContent?.trim();
        return text || false;
      },
      { timeout: 30000 },
    );
    expect(await change.jsonValue()).toMatch(/€/);

    const stamp = await page.$eval('#mbc-snapshot-stamp', (el) => el.textContent ?? '');
    expect(stamp).toContain('h10-bundle.json');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120000);

  it('the dashboard\'s "Download als HTML-bestand" inside a snapshot makes a snapshot again, with the same code, files and filters', async () => {
    const page = await browser.newPage();
    const url = pathToFileURL(file).href;
    const client = await page.createCDPSession();
    const downloads = mkdtempSync(join(dir, 'downloads-'));
    await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    const done = new Promise<string>((resolve) => {
      client.on('Browser.downloadProgress', (event: { state: string; guid: string }) => event.state === 'completed' && resolve(event.guid));
    });
    const names = new Promise<string>((resolve) =>
      client.on('Browser.downloadWillBegin', (event: { suggestedFilename: string }) => resolve(event.suggestedFilename)),
    );
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('mbc-dashboard')?.shadowRoot?.querySelector('mbc-filter-bar'), { timeout: 30000 });
    const fileName = await page.evaluate(async () => {
      const dashboard = document.querySelector('mbc-dashboard') as HTMLElement & { downloadHtml(): Promise<void> };
      const source = dashboard.shadowRoot!.querySelector('mbc-data-source') as HTMLElement & { store: { setFilters(f: object): void; bundle: unknown } };
      while (!source.store.bundle) await new Promise((r) => setTimeout(r, 50));
      source.store.setFilters({ municipalities: ['Delft'] });
      const named = new Promise<string>((resolve) =>
        dashboard.addEventListener('mbc-export', (e) => resolve((e as CustomEvent<{ fileName: string }>).detail.fileName), { once: true }),
      );
      dashboard.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
      return named;
    });
    expect(fileName).toMatch(/^beter-samenspel-haaglanden-synthetische-gegevens-\d{4}-\d{2}-\d{2}\.html$/);
    expect(await names).toBe(fileName);
    const guid = await done;
    const saved = existsSync(join(downloads, fileName)) ? join(downloads, fileName) : join(downloads, guid);
    const again = readFileSync(saved, 'utf8');
    const first = readFileSync(file, 'utf8');
    // The same code (and so the same hash in the policy), the same files, and the filter set.
    expect(again.match(/script-src 'sha256-[^']+'/)![0]).toBe(first.match(/script-src 'sha256-[^']+'/)![0]);
    const data = await unpackSnapshotData(dataBlock(again));
    expect(data.files!.map((f) => f.name)).toEqual(['manifest.json', 'h10-bundle.json', 'business-case.haaglanden.json', 'parameters-h10.csv']);
    expect(data.filters!.municipalities).toEqual(['Delft']);
    await page.close();
  }, 120000);

  it('the drop-in on a strict-CSP page downloads the dashboard as one file, which then works from disk without a network', async () => {
    const server: Server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    const port: number = await listen(server, 18190);
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      const client = await page.createCDPSession();
      const downloads = mkdtempSync(join(dir, 'drop-in-'));
      await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
      const done = new Promise<string>((resolve) => {
        client.on('Browser.downloadProgress', (event: { state: string; guid: string }) => event.state === 'completed' && resolve(event.guid));
      });
      await page.goto(`http://localhost:${port}/test/e2e/pages/download.html`, { waitUntil: 'load' });
      const fileName = await page.evaluate(async () => {
        await customElements.whenDefined('mbc-dashboard');
        const dashboard = document.querySelector('mbc-dashboard') as HTMLElement & { updateComplete: Promise<unknown> };
        await dashboard.updateComplete;
        const source = dashboard.shadowRoot!.querySelector('mbc-data-source') as HTMLElement & { store: { status: string; setFilters(f: object): void } };
        while (source.store.status !== 'ready') await new Promise((r) => setTimeout(r, 50));
        source.store.setFilters({ from: '2024-K1' });
        const named = new Promise<string>((resolve) =>
          dashboard.addEventListener('mbc-export', (e) => resolve((e as CustomEvent<{ fileName: string }>).detail.fileName), { once: true }),
        );
        await dashboard.updateComplete;
        dashboard.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
        return named;
      });
      const guid = await done;
      const saved = existsSync(join(downloads, fileName)) ? join(downloads, fileName) : join(downloads, guid);
      const html = readFileSync(saved, 'utf8');
      const data = await unpackSnapshotData(dataBlock(html));
      expect(data.filters!.from).toBe('2024-K1');
      expect(data.files!.map((f) => f.name)).toEqual(['manifest.json', 'h10-bundle.json', 'business-case.haaglanden.json', 'parameters-h10.csv']);
      expect(data.files![1]!.sha256).toBe(sha256('data/h10-bundle.json'));
      expect(errors).toEqual([]);
      await page.close();

      // Opened from disk, offline.
      const offline = await browser.newPage();
      const url = pathToFileURL(saved).href;
      const requests: string[] = [];
      await offline.setRequestInterception(true);
      offline.on('request', (request) => {
        if (request.url() === url) return void request.continue();
        requests.push(request.url());
        void request.abort();
      });
      await offline.goto(url, { waitUntil: 'load' });
      await offline.waitForFunction(
        () => {
          const charts: Element[] = [];
          const walk = (root: ParentNode) => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName === 'mbc-chart') charts.push(el);
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(document);
          return charts.length >= 4 && charts.every((c) => c.shadowRoot?.querySelector('.canvas svg .role-mark'));
        },
        { timeout: 30000 },
      );
      const from = await offline.evaluate(() => {
        const source = document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector('mbc-data-source') as HTMLElement & {
          store: { filters: { from: string } };
        };
        return source.store.filters.from;
      });
      expect(from).toBe('2024-K1');
      expect(requests).toEqual([]);
      await offline.close();
    } finally {
      server.close();
    }
  }, 120000);
});
