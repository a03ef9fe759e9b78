import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSource } from '../../../src/data/source.js';

/** A fetch that serves a map of URLs, 404 for the rest. */
function fakeFetch(files: Record<string, string | Uint8Array>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : (body as BodyInit), { status: 200 });
  }) as typeof fetch;
}

const bundle = readFileSync('test/fixtures/small-bundle.json', 'utf8');
const model = readFileSync('data/business-case.haaglanden.json', 'utf8');

describe('loadSource', () => {
  it('loads a manifest and the files it names, relative to the manifest', async () => {
    const manifest = JSON.stringify({ format: 'mbc-manifest', version: 1, title: 'Test', bundle: 'b.json', model: '../m/model.json' });
    const data = await loadSource('http://x/data/manifest.json', {
      fetch: fakeFetch({ 'http://x/data/manifest.json': manifest, 'http://x/data/b.json': bundle, 'http://x/m/model.json': model }),
    });
    expect(data.errors).toEqual([]);
    expect(data.title).toBe('Test');
    expect(data.bundle?.municipalities).toEqual(['Delft', 'Wassenaar']);
    expect((data.model as { format: string }).format).toBe('mbc-business-case');
  });

  it('names the file, line and column of an error in a model file', async () => {
    const text = `{
  "format": "mbc-business-case", "version": 1, "title": "T", "startYear": 2026,
  "stakeholders": [{ "id": "gemeente", "label": "Gemeente" }],
  "parameters": [{ "id": "uren", "label": "Uren", "value": 10, "unit": "uur" }],
  "items": [
    { "id": "a", "label": "A", "type": "cost", "kind": "structural", "stakeholder": "gemeente",
      "quantity": ["urne"], "unitCost": [80] }
  ]
}`;
    const data = await loadSource('http://x/model.json', { fetch: fakeFetch({ 'http://x/model.json': text }) });
    expect(data.model).toBeNull();
    expect(data.errors).toHaveLength(1);
    expect(data.errors[0]).toMatchObject({ file: 'http://x/model.json', line: 7, code: 'unknown-parameter' });
    expect(data.errors[0]!.message).toMatch(/^Regel 7, kolom 20, \$\.items\[0\]\.quantity\[0\]: .*uren/);
  });

  it('reports HTTP errors, invalid JSON, a wrong format and a file over the size limit, without throwing', async () => {
    const fetch = fakeFetch({ 'http://x/bad.json': '{"format": "mbc-bundle", ', 'http://x/other.json': '{"format": "something"}', 'http://x/big.json': 'x'.repeat(2000) });
    expect((await loadSource('http://x/missing.json', { fetch })).errors[0]).toMatchObject({ code: 'http', message: 'Het bestand kon niet worden opgehaald (HTTP 404).' });
    expect((await loadSource('http://x/bad.json', { fetch, lang: 'en' })).errors[0]!.code).toBe('invalid_json');
    expect((await loadSource('http://x/other.json', { fetch })).errors[0]!.code).toBe('wrong_format');
    expect((await loadSource('http://x/big.json', { fetch, maxBytes: 1000 })).errors[0]!.code).toBe('too_large');
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    expect((await loadSource('http://x/a.json', { fetch: failing })).errors[0]).toMatchObject({ code: 'network' });
  });

  it('parses and prepares a raw usage CSV, keeping valid rows and reporting bad ones', async () => {
    const csv = readFileSync('data/examples/gebruik-met-fouten.csv');
    const data = await loadSource('http://x/gebruik.csv', { fetch: fakeFetch({ 'http://x/gebruik.csv': new Uint8Array(csv) }) });
    expect(data.bundle?.format).toBe('mbc-bundle');
    expect(data.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalid_product'],
      [4, 'invalid_date'],
      [5, 'end_before_start'],
      [6, 'invalid_number'],
      [7, 'too_few_cells'],
    ]);
    expect(data.errors.every((e) => e.file === 'http://x/gebruik.csv')).toBe(true);
  });

  it('reads a raw indicators file in Windows-1252 with its names right, and passes on the warning with the file', async () => {
    const bytes = Uint8Array.from('gemeente;periode;indicator;waarde\r\nSúdwest-Fryslân;2024-K1;crises;6\r\nHengelo (O);2024-K1;crises;7\r\n', (c) => c.charCodeAt(0));
    const data = await loadSource('http://x/indicatoren.csv', { fetch: fakeFetch({ 'http://x/indicatoren.csv': bytes }), lang: 'en' });
    expect(data.errors).toEqual([]);
    expect(data.bundle?.municipalities).toEqual(['Hengelo (O)', 'Súdwest-Fryslân']);
    expect(data.warnings).toEqual([
      {
        file: 'http://x/indicatoren.csv',
        line: 2,
        value: 'Súdwest-Fryslân',
        code: 'windows_1252',
        message:
          'Line 2, character 2: the file is not UTF-8 and was read as Windows-1252, the character set of Excel’s older ‘CSV (Comma delimited)’. Check the accented letters, such as in "Súdwest-Fryslân". Save the file as ‘CSV UTF-8 (Comma delimited)’ to avoid this warning.',
      },
    ]);
  });
});
