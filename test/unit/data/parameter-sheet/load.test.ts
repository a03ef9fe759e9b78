import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadSource } from '../../../../src/data/source.js';
import { readParameterSheet } from '../../../../src/data/parameter-sheet/read.js';
import { applyParameterSheet } from '../../../../src/data/parameter-sheet/apply.js';
import { stripBom, tokenizeCsv } from '../../../../src/data/csv.js';
import { applyScenario, computeBusinessCase, type BusinessCaseModel } from '../../../../src/model/index.js';

/** A fetch that serves a map of URLs, 404 for the rest. */
function fakeFetch(files: Record<string, string>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const body = files[String(input)];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  }) as typeof fetch;
}

const text = (path: string) => readFileSync(path, 'utf8');
const haaglanden = JSON.parse(text('data/business-case.haaglanden.json')) as BusinessCaseModel;
const SAMPLE = readFileSync('data/parameters-h10.csv');
const bundle = text('test/fixtures/small-bundle.json');
const manifest = (extra: object) => JSON.stringify({ format: 'mbc-manifest', version: 1, bundle: 'b.json', model: 'model.json', parameters: 'parameters.csv', ...extra });
const files = (sheet: string, extra: object = {}) => ({
  'http://x/d/manifest.json': manifest(extra),
  'http://x/d/b.json': bundle,
  'http://x/d/model.json': text('test/fixtures/business-case-small.json'),
  'http://x/d/parameters.csv': sheet,
});
const load = (sheet: string, extra: object = {}, lang: 'nl' | 'en' = 'nl') => loadSource('http://x/d/manifest.json', { fetch: fakeFetch(files(sheet, extra)), lang });
type Loaded = { municipalities: Array<{ id: string; values: Record<string, number> }>; parameters: Array<{ id: string; source?: string }> };

describe('a manifest with a parameter sheet', () => {
  it('applies the sheet to the model before the views get it, and names the sheet in the sources', async () => {
    const sheet = 'parameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk\r\nuurtarief;;;;"110";;\r\ngezinnen;;;;12;30;5\r\n';
    const data = await load(sheet);
    expect(data.errors).toEqual([]);
    // The sheet is among the files loaded, with its SHA-256, for a snapshot's stamp.
    expect(data.files!.find((f) => f.name === 'parameters.csv')).toEqual({ name: 'parameters.csv', sha256: createHash('sha256').update(sheet, 'utf8').digest('hex') });
    const model = data.model as Loaded;
    expect(model.municipalities.map((m) => m.values)).toEqual([{ gezinnen: 12, uurtarief: 110 }, { gezinnen: 30 }, { gezinnen: 5, 'besparing-zorg': 500 }]);
    expect(model.parameters.find((p) => p.id === 'uurtarief')!.source).toBe('Waarden per gemeente uit parameters.csv (Delft).');
    expect(data.bundle).not.toBeNull();
  });

  it('a sheet with errors is not applied: each error with file, line and column, one that says so, and the model keeps its values', async () => {
    const data = await load('parameter;omschrijving;Delft;Den Haag\r\nuurtarif;;110;\r\ngezinnen;;12;veel\r\n');
    expect(data.errors.map((e) => [e.file, e.line, e.header, e.code])).toEqual([
      ['http://x/d/parameters.csv', 2, 'parameter', 'unknown_parameter'],
      ['http://x/d/parameters.csv', 3, 'Den Haag', 'invalid_number'],
      ['http://x/d/parameters.csv', 1, undefined, 'sheet_not_applied'],
    ]);
    expect(data.errors[2]!.message).toBe('Het parameterblad is niet toegepast: het bevat 2 fouten. Het business-casemodel rekent met zijn eigen waarden.');
    expect(data.model).toEqual(JSON.parse(text('test/fixtures/business-case-small.json')));
    const en = await load('parameter;omschrijving;Delft\r\nx;;1\r\n', {}, 'en');
    expect(en.errors.at(-1)!.message).toBe('The parameter sheet was not applied: it has 1 error. The business-case model computes with its own values.');
  });

  it('warnings (a value outside its range) do not stop the sheet', async () => {
    const data = await load('parameter;omschrijving;Delft\r\nuurtarief;;150\r\n');
    expect(data.errors).toEqual([]);
    expect(data.warnings.map((w) => [w.file, w.line, w.header, w.code])).toEqual([['http://x/d/parameters.csv', 2, 'Delft', 'out_of_range']]);
    expect((data.model as Loaded).municipalities[0]!.values.uurtarief).toBe(150);
  });

  it('a sheet that cannot be fetched, or whose values the model cannot compute with, leaves the model as it is', async () => {
    const missing = await loadSource('http://x/d/manifest.json', { fetch: fakeFetch({ ...files(''), 'http://x/d/parameters.csv': undefined as unknown as string }) });
    expect(missing.errors.map((e) => [e.file, e.code])).toEqual([['http://x/d/parameters.csv', 'http']]);
    expect(missing.model).not.toBeNull();
    const overflow = await load('parameter;omschrijving;Delft\r\ngezinnen;;1e308\r\nbesparing-zorg;;1e308\r\n');
    expect(overflow.errors.map((e) => e.code)).toEqual(['sheet_breaks_model']);
    expect(overflow.errors[0]!.message).toMatch(/^Het parameterblad is niet toegepast: met deze waarden kan het model niet rekenen \(\$\.items\[\d+\]: /);
    expect((overflow.model as Loaded).municipalities[0]!.values).toEqual({ gezinnen: 10 });
  });

  it('a sheet without a model, a sheet loaded on its own, a model with errors', async () => {
    const noModel = await load('parameter;omschrijving;Delft\r\n', { model: undefined });
    expect(noModel.errors.map((e) => [e.file, e.code, e.message])).toEqual([
      ['http://x/d/parameters.csv', 'sheet_without_model', 'Het manifest noemt een parameterblad ("parameters") maar geen model ("model"); het blad is niet gebruikt.'],
    ]);
    const alone = await loadSource('http://x/d/parameters.csv', { fetch: fakeFetch(files('\uFEFFparameter;omschrijving;Delft\r\ngezinnen;;1\r\n')) });
    expect(alone.errors.map((e) => e.code)).toEqual(['sheet_needs_model']);
    const broken = await loadSource('http://x/d/manifest.json', { fetch: fakeFetch({ ...files('parameter;omschrijving;Delft\r\nx;;1\r\n'), 'http://x/d/model.json': '{"format": "mbc-business-case", "version": 1}' }) });
    expect(broken.model).toBeNull();
    expect(broken.errors.every((e) => e.file === 'http://x/d/model.json')).toBe(true); // the model's errors only
  });
});

describe('the sample sheet, data/parameters-h10.csv', () => {
  const sheet = readParameterSheet(SAMPLE, haaglanden);

  it('reads against the Haaglanden model without errors or warnings, one row per parameter, one column per municipality', () => {
    expect(sheet.errors).toEqual([]);
    expect(sheet.warnings).toEqual([]);
    expect(sheet.parameters).toEqual(haaglanden.parameters.map((p) => p.id));
    expect(sheet.municipalities).toEqual(haaglanden.municipalities!.map((m) => m.id));
  });

  it('says it is sample data, and is the Excel dialect: BOM, CRLF, `;`', () => {
    const csv = SAMPLE.toString('utf8');
    expect(csv.startsWith('\uFEFFparameter;omschrijving;eenheid;bron;Delft;Den Haag;')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^;"VOORBEELDGEGEVENS \(synthetisch\): de waarden per gemeente zijn illustratief/);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('holds the model’s own municipal values, so the demo computes as the model does', () => {
    const applied = applyParameterSheet(haaglanden, sheet, { file: 'parameters-h10.csv' });
    expect(applied.municipalities).toEqual(haaglanden.municipalities);
    for (const m of [applied, applyScenario(applied, 'verbreden')]) {
      const original = m === applied ? haaglanden : applyScenario(haaglanden, 'verbreden');
      for (const options of [{}, { municipality: 'den-haag' }, { municipality: 'wassenaar' }]) expect(computeBusinessCase(m, options)).toEqual(computeBusinessCase(original, options));
    }
    expect(applied.parameters.find((p) => p.id === 'inwoners')!.source).toMatch(/ Waarden per gemeente uit parameters-h10\.csv \(alle 10 gemeenten\)\.$/);
  });

  it('the demo’s manifest names it, and the demo loads it', async () => {
    const demo = JSON.parse(text('data/manifest.json')) as { parameters?: string };
    expect(demo.parameters).toBe('parameters-h10.csv');
    const served: Record<string, string> = {};
    for (const f of ['manifest.json', 'h10-bundle.json', 'business-case.haaglanden.json', 'parameters-h10.csv']) served[`http://x/data/${f}`] = text(`data/${f}`);
    const data = await loadSource('http://x/data/manifest.json', { fetch: fakeFetch(served) });
    expect(data.errors).toEqual([]);
    expect(data.warnings).toEqual([]);
    expect((data.model as Loaded).parameters.find((p) => p.id === 'lt-medewerkers')!.source).toContain('parameters-h10.csv (alle 10 gemeenten)');
  });
});

describe('JSON Schemas: the sheet’s columns, and the manifest', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const rowSchema = ajv.compile(JSON.parse(text('data/schema/parameter-sheet.schema.json')));
  // The manifest's `anyOf` names fields per branch, which Ajv's strict mode does not allow.
  const manifestSchema = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(text('data/schema/manifest.schema.json')));
  /** A CSV's rows as objects keyed by the header as written (columns without a name left out). */
  const rows = (csv: string) => {
    const parsed = tokenizeCsv(stripBom(csv), ';');
    if (!parsed.ok) throw new Error('unreadable');
    const [header, ...body] = parsed.records.map((r) => r.cells);
    return body.map((cells) => Object.fromEntries(header!.flatMap((name, i) => (name.trim() ? [[name.trim(), cells[i] ?? '']] : []))));
  };

  it('every row of the sample sheet fits the sheet’s schema', () => {
    for (const row of rows(SAMPLE.toString('utf8'))) expect(rowSchema(row), JSON.stringify(rowSchema.errors)).toBe(true);
  });

  it('the schema rejects what the reader rejects: no parameter column, a value that is not a number', () => {
    expect(rowSchema({ omschrijving: 'x', Delft: '1' })).toBe(false);
    expect(rowSchema({ parameter: 'uurtarief', Delft: '12abc' })).toBe(false);
    expect(readParameterSheet('parameter;Delft\r\nuurtarief;12abc\r\n', null).errors.map((e) => e.code)).toEqual(['invalid_number']);
    expect(rowSchema({ parameter: 'uurtarief', Delft: '92,5', 'Den Haag': '', Rijswijk: '1.100,25' })).toBe(true);
  });

  it('the manifest schema takes `parameters` only with a model', () => {
    expect(manifestSchema(JSON.parse(text('data/manifest.json'))), JSON.stringify(manifestSchema.errors)).toBe(true);
    expect(manifestSchema({ format: 'mbc-manifest', version: 1, bundle: 'b.json', parameters: 'p.csv' })).toBe(false);
  });
});
