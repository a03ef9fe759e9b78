import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSource } from '../../../src/data/source.js';
import { fetchBytes } from '../../../src/data/load.js';

const bundle = readFileSync('test/fixtures/small-bundle.json', 'utf8');

/** A fetch that serves a map of URLs (404 for the rest) and counts its requests. */
function countingFetch(files: Record<string, string | (() => Response)>): typeof fetch & { count: number } {
  const f = (async (input: RequestInfo | URL) => {
    f.count++;
    const body = files[String(input)];
    if (body === undefined) return new Response('not found', { status: 404 });
    return typeof body === 'string' ? new Response(body) : body();
  }) as typeof fetch & { count: number };
  f.count = 0;
  return f;
}

const manifest = (target: string) => JSON.stringify({ format: 'mbc-manifest', version: 1, bundle: target });

describe('manifest loops', () => {
  it('refuses a manifest that names itself, after two requests, naming the loop', async () => {
    const fetch = countingFetch({ 'http://x/m.json': manifest('m.json') });
    const data = await loadSource('http://x/m.json', { fetch });
    expect(data.errors.map((e) => e.code)).toEqual(['manifest_cycle']);
    expect(data.errors[0]!.message).toBe('Het manifest verwijst (via m.json → m.json) naar zichzelf terug. Laat "bundle" naar een bundel wijzen, niet naar een manifest.');
    expect(fetch.count).toBe(2);
  });
  it('refuses a → b → a', async () => {
    const fetch = countingFetch({ 'http://x/a.json': manifest('b.json'), 'http://x/b.json': manifest('a.json') });
    const data = await loadSource('http://x/a.json', { fetch, lang: 'en' });
    expect(data.errors.map((e) => [e.code, e.message])).toEqual([
      ['manifest_cycle', 'The manifest refers back to itself (via a.json → b.json → a.json). Let "bundle" point to a bundle, not to a manifest.'],
    ]);
    expect(fetch.count).toBe(3);
  });
  it('bounds a chain of manifests that never ends in a loop', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`http://x/m${i}.json`] = manifest(`m${i + 1}.json`);
    const fetch = countingFetch(files);
    const data = await loadSource('http://x/m0.json', { fetch });
    expect(data.errors.map((e) => e.code)).toEqual(['manifest_depth']);
    expect(fetch.count).toBe(4);
  });
  it('still loads a manifest that points at a manifest that points at the bundle', async () => {
    const fetch = countingFetch({ 'http://x/a.json': manifest('b.json'), 'http://x/b.json': manifest('bundle.json'), 'http://x/bundle.json': bundle });
    const data = await loadSource('http://x/a.json', { fetch });
    expect(data.errors).toEqual([]);
    expect(data.bundle?.municipalities).toEqual(['Delft', 'Wassenaar']);
  });
});

describe('the time limit', () => {
  it('gives up on a file that never answers and names it, in seconds', async () => {
    const never = (async (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const data = await loadSource('http://x/data/bundel.json', { fetch: never, timeout: 0.5 });
    expect(data.errors.map((e) => [e.code, e.file, e.message])).toEqual([
      ['timeout', 'http://x/data/bundel.json', 'Het bestand bundel.json gaf na 0,5 seconden geen antwoord. Controleer de verbinding of de URL en probeer het opnieuw.'],
    ]);
  });
  it('also covers a body that stalls half way', async () => {
    const stall = (async (_: RequestInfo | URL, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"format":'));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body);
    }) as typeof fetch;
    const data = await loadSource('http://x/b.json', { fetch: stall, timeout: 0.05, lang: 'en' });
    expect(data.errors.map((e) => e.code)).toEqual(['timeout']);
  });
  it('rejects only when the caller aborts', async () => {
    const controller = new AbortController();
    const never = (async (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const loading = fetchBytes('http://x/b.json', { fetch: never, signal: controller.signal, timeout: 10 });
    controller.abort();
    await expect(loading).rejects.toBeDefined();
  });
});

describe('messages that name the real problem', () => {
  it('says that an HTML page came back (an expired intranet login), not that columns are missing', async () => {
    const login = '<!DOCTYPE html>\n<html><head><title>Inloggen</title></head><body><form>…</form></body></html>';
    for (const url of ['http://x/gebruik.csv', 'http://x/bundel.json']) {
      const data = await loadSource(url, { fetch: countingFetch({ [url]: login }) });
      expect(data.errors.map((e) => e.code)).toEqual(['html_page']);
      expect(data.errors[0]!.message).toMatch(/^Er kwam een HTML-pagina terug in plaats van gegevens/);
    }
    const viaManifest = await loadSource('http://x/m.json', { fetch: countingFetch({ 'http://x/m.json': manifest('b.json'), 'http://x/b.json': login }), lang: 'en' });
    expect(viaManifest.errors.map((e) => [e.code, e.file])).toEqual([['html_page', 'http://x/b.json']]);
  });
  it('blames a bundle that broke off in transfer on the bundle, not on the manifest', async () => {
    const broken = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(bundle.slice(0, 200)));
            controller.error(new TypeError('network error'));
          },
        }),
      );
    const data = await loadSource('http://x/m.json', { fetch: countingFetch({ 'http://x/m.json': manifest('h10-bundle.json'), 'http://x/h10-bundle.json': broken }) });
    expect(data.errors.map((e) => [e.code, e.file, e.message])).toEqual([
      ['truncated', 'http://x/h10-bundle.json', 'Het bestand h10-bundle.json kwam onvolledig aan: de verbinding brak af (network error). Probeer het opnieuw.'],
    ]);
  });
  it('names the bundle when it arrives cut off as text (invalid JSON)', async () => {
    const data = await loadSource('http://x/m.json', { fetch: countingFetch({ 'http://x/m.json': manifest('b.json'), 'http://x/b.json': bundle.slice(0, 300) }) });
    expect(data.errors.map((e) => [e.code, e.file])).toEqual([['invalid_json', 'http://x/b.json']]);
  });
});
