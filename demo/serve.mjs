#!/usr/bin/env node
/**
 * A tiny static server for the demo (no dependencies): serves the repository root so that
 * `/demo/`, `/dist/` and `/data/` are reachable, and prints the URL. `PORT` overrides 8080;
 * when the port is taken the next free one is used.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.wasm': 'application/wasm',
};

/** A chunk whose name carries rollup's content hash (`name-Ab12Cd34.js`): its content never changes. */
const HASHED = /[\\/]chunks[\\/][^\\/]+-[\w-]{8}\.js$/;

/**
 * How a file may be cached, as we advise for the web server that hosts the drop-in: hashed chunks
 * for a year (a new build has new names), everything else revalidated on each visit with its ETag
 * (`mbc-dashboard.js`, the data, the analyses worker and the solver keep their names).
 */
export function cacheHeaders(file, body) {
  if (HASHED.test(file)) return { 'cache-control': 'public, max-age=31536000, immutable' };
  return { 'cache-control': 'no-cache', etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * `root` serves another folder instead of the repository (the tests serve `storybook-static/`
 * and a copy of `dist/cdn/` this way); `/` then redirects to `index` inside it.
 */
export function createDemoServer({ headers = {}, root: base = root, index = '/demo/' } = {}) {
  const top = resolve(base);
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === '/') {
        res.writeHead(302, { location: index });
        res.end();
        return;
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(top, path));
      if (!file.startsWith(top + sep) || file.includes(`${sep}node_modules${sep}`)) throw Object.assign(new Error('forbidden'), { code: 'ENOENT' });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      const body = await readFile(file);
      const cache = cacheHeaders(file, body);
      if (cache.etag && req.headers['if-none-match'] === cache.etag) {
        res.writeHead(304, { ...cache, ...headers });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...cache, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
}

export function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const attempt = (p) => {
      server.once('error', (error) => (error.code === 'EADDRINUSE' && p < port + 20 ? attempt(p + 1) : reject(error)));
      server.listen(p, '127.0.0.1', () => resolvePort(server.address().port));
    };
    attempt(port);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createDemoServer();
  const port = await listen(server, Number(process.env.PORT) || 8080);
  console.log(`\nmbc-dashboard demo: http://localhost:${port}/demo/\n(Ctrl+C stops the server)`);
}
