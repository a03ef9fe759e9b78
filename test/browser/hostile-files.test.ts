import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/register.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import { deepText } from './helpers.js';

const blobUrl = (parts: BlobPart[], type = 'application/json') => URL.createObjectURL(new Blob(parts, { type }));

/** Malformed and hostile files: each gives a clear alert and nothing else. */
const CASES: { name: string; src: () => string; attrs?: Record<string, string>; expect: RegExp }[] = [
  { name: 'truncated JSON', src: () => blobUrl(['{"format": "mbc-bundle", "version": 1, "usage": [']), expect: /geen geldige JSON/ },
  { name: 'a wrong format', src: () => blobUrl(['{"format": "iets-anders", "version": 1}']), expect: /niet het verwachte formaat "mbc-bundle"/ },
  { name: 'a wrong version', src: () => blobUrl(['{"format": "mbc-bundle", "version": 7}']), expect: /Versie 7 van "mbc-bundle" wordt niet ondersteund/ },
  {
    name: 'a manifest pointing at a missing file',
    src: () => blobUrl([JSON.stringify({ format: 'mbc-manifest', version: 1, bundle: `${location.origin}/data/bestaat-niet.json` })]),
    expect: /HTTP 404/,
  },
  { name: 'a network error', src: () => 'http://127.0.0.1:9/bundle.json', expect: /kon niet worden opgehaald/ },
  {
    name: 'a 50 MB file over the 20 MB default limit',
    src: () => blobUrl([new Uint8Array(50 * 1024 * 1024).fill(32)]),
    expect: /groter dan de ingestelde grens van 20 MB/,
  },
  {
    name: 'a file over a configured limit',
    src: () => '/data/h10-bundle.json',
    attrs: { 'max-bytes': '1000' },
    expect: /groter dan de ingestelde grens van 1 kB/,
  },
  {
    name: 'deeply nested JSON',
    src: () => blobUrl([`{"format":"mbc-bundle","version":1,"usage":${'['.repeat(200000)}${']'.repeat(200000)}}`]),
    expect: /geen geldige JSON|verkeerde vorm|probleem/,
  },
  {
    name: 'numbers like 1e400',
    src: () =>
      blobUrl([
        JSON.stringify({
          format: 'mbc-bundle',
          version: 1,
          suppressionThreshold: 5,
          municipalities: ['A'],
          periods: ['2024-Q1'],
          usage: [],
          usageRegion: [],
          indicators: [],
          indicatorsRegion: [],
          warnings: [],
        }).replace(
          '"usageRegion":[]',
          '"usageRegion":[{"municipality":"__region__","period":"2024-Q1","product":"2a","indications":1e400,"families":null,"hoursUsed":null,"hoursAvailable":null,"meanHoursUsed":null,"medianHoursUsed":null,"overCap":null,"ltExtraHours":null,"routes":{},"suppressed":false}]',
        ),
      ]),
    expect: /"Infinity" is geen geldig getal|is geen geldig getal/,
  },
  { name: 'a hand-made bundle with an unsuppressed small count', src: () => '/test/fixtures/unsafe-bundle.json', expect: /niet afgeschermd/ },
];

describe('malformed and hostile files', () => {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled: ${String(e.reason)}`);
  const consoleError = console.error;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => {
      problems.push(`console: ${args.map(String).join(' ')}`);
      consoleError(...args);
    };
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  });

  for (const c of CASES) {
    it(`${c.name}: a clear alert, no exception, and the host page keeps working`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div><button id="host-button">host</button></div>`);
      const el = document.createElement('mbc-product-usage') as MbcProductUsage;
      for (const [k, v] of Object.entries(c.attrs ?? {})) el.setAttribute(k, v);
      el.src = c.src();
      page.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert', { timeout: 15000 });
      expect(deepText(el.shadowRoot!.querySelector('[role="alert"]')!)).to.match(c.expect);
      let clicked = false;
      page.querySelector('button')!.addEventListener('click', () => (clicked = true));
      page.querySelector('button')!.click();
      expect(clicked).to.equal(true);
      expect(problems).to.deep.equal([]);
    });
  }
});
