import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../../demo/serve.mjs';

/**
 * The demo server caches as the README advises for the drop-in's web server: hashed chunks for a
 * year, every other file revalidated with its ETag (so the analyses worker, which the page and the
 * worker both ask for, crosses the wire once).
 */
describe('demo server caching', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createDemoServer();
    base = `http://127.0.0.1:${await listen(server, 18460)}`;
  });
  afterAll(() => server?.close());

  it('serves a hashed chunk as immutable for a year', async () => {
    // The dashboard's own chunk: its name is stable (scripts/check-size.mjs finds it so), where
    // a shared module's chunk takes the name of whichever module Rollup puts first.
    const chunk = readdirSync('dist/cdn/chunks').find((name) => /^mbc-dashboard-[\w-]{8}\.js$/.test(name));
    expect(chunk).toBeDefined();
    const response = await fetch(`${base}/dist/cdn/chunks/${chunk}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('revalidates files that keep their names: 304 on a matching ETag, 200 with the body otherwise', async () => {
    for (const path of ['/dist/cdn/mbc-dashboard.js', '/dist/cdn/chunks/monte-carlo.worker.js', '/data/manifest.json']) {
      const first = await fetch(`${base}${path}`);
      expect(first.status, path).toBe(200);
      expect(first.headers.get('cache-control'), path).toBe('no-cache');
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      const body = await first.text();
      expect(body.length).toBeGreaterThan(0);
      const again = await fetch(`${base}${path}`, { headers: { 'if-none-match': etag! } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe('');
      const stale = await fetch(`${base}${path}`, { headers: { 'if-none-match': '"stale"' } });
      expect(stale.status, path).toBe(200);
      expect(await stale.text()).toBe(body);
    }
  });

  it('serves the solver as application/wasm, which WebAssembly.instantiateStreaming requires', async () => {
    const response = await fetch(`${base}/dist/cdn/chunks/highs.wasm`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/wasm');
  });
});
