import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runCli, type CliIo } from '../../../src/cli/cli.js';
import { unpackSnapshotData } from '../../../src/snapshot/pack.js';
import { computeBusinessCase, type BusinessCaseModel } from '../../../src/model/index.js';

// `mbc-dashboard snapshot` with a manifest that names a parameter sheet: the sheet's values are in
// the inlined model, the sheet is named in the sources and in the stamp, and a sheet with errors
// stops the snapshot as any other file with errors does.

function memory(files: Record<string, string | Uint8Array>) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, text) => void written.set(path, text),
    readSnapshotScript: async () => 'export {};',
    version: '0.0.0-test',
    now: () => new Date(Date.UTC(2026, 11, 3, 12, 0)),
  };
  return { io, out: () => stdout.join(''), err: () => stderr.join(''), written };
}

const SMALL = readFileSync('test/fixtures/business-case-small.json', 'utf8');
const small = JSON.parse(SMALL) as BusinessCaseModel;
const MANIFEST = JSON.stringify({ format: 'mbc-manifest', version: 1, title: 'T', model: 'model.json', parameters: 'blad.csv' });
const SHEET = '\uFEFFparameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk\r\nuurtarief;;;;"110";;\r\ngezinnen;;;;12;;5\r\n';

/** The data block of a written snapshot, unpacked. */
async function inlined(html: string): Promise<{ model: BusinessCaseModel }> {
  const block = /<script type="application\/json" id="mbc-snapshot-data">([^<]*)<\/script>/.exec(html)![1]!;
  return (await unpackSnapshotData(block)) as { model: BusinessCaseModel };
}

describe('runCli snapshot with a parameter sheet', () => {
  it('inlines the model with the sheet’s values, names the sheet in the sources and in the stamp', async () => {
    const m = memory({ 'd/manifest.json': MANIFEST, 'd/model.json': SMALL, 'd/blad.csv': SHEET });
    expect(await runCli(['snapshot', '--manifest', 'd/manifest.json', '--out', 'r.html'], m.io)).toBe(0);
    expect(m.err()).toBe('');
    const html = m.written.get('r.html')!;
    const { model } = await inlined(html);
    expect(model.parameters.find((p) => p.id === 'uurtarief')!.source).toBe('Waarden per gemeente uit blad.csv (Delft).');
    expect(model.parameters.find((p) => p.id === 'gezinnen')!.source).toBe('Testgegevens. Waarden per gemeente uit blad.csv (Delft en Rijswijk).');
    const values: Record<string, number>[] = [{ gezinnen: 12, uurtarief: 110 }, {}, { gezinnen: 5, 'besparing-zorg': 500 }];
    expect(model.municipalities!.map((x) => x.values)).toEqual(values);
    // The snapshot computes what the model with those values computes.
    const byHand: BusinessCaseModel = { ...small, municipalities: small.municipalities!.map((x, i) => ({ ...x, values: values[i]! })) };
    expect(computeBusinessCase(model, { municipality: 'delft' }).totals).toEqual(computeBusinessCase(byHand, { municipality: 'delft' }).totals);
    expect(computeBusinessCase(model, { municipality: 'delft' }).totals.npv).not.toBe(computeBusinessCase(small, { municipality: 'delft' }).totals.npv);
    // The stamp lists the sheet with its SHA-256, as it lists the model.
    expect(html).toContain(`<bdi>blad.csv</bdi>`);
    expect(html).toContain(createHash('sha256').update(SHEET, 'utf8').digest('hex'));
  });

  it('a sheet with errors stops the snapshot: each error as file:line:column, and nothing is written', async () => {
    const sheet = 'parameter;omschrijving;Delft;Delf\r\nuurtarif;;110;\r\ngezinnen;;12abc;\r\n';
    const m = memory({ 'd/manifest.json': MANIFEST, 'd/model.json': SMALL, 'd/blad.csv': sheet });
    expect(await runCli(['snapshot', '--manifest', 'd/manifest.json', '--out', 'r.html'], m.io)).toBe(1);
    expect(m.written.size).toBe(0);
    expect(m.err().split('\n').slice(0, 4)).toEqual([
      'd/blad.csv:1:Delf unknown_municipality Regel 1, kolom "Delf": "Delf" is geen gemeente van het model. Bedoelt u "Delft"?',
      'd/blad.csv:2:parameter unknown_parameter Regel 2, kolom "parameter": "uurtarif" is geen parameter van het model. Bedoelt u "uurtarief"?',
      'd/blad.csv:3:Delft invalid_number Regel 3, kolom "Delft": "12abc" is geen getal (in dit bestand is de komma het decimaalteken).',
      'd/blad.csv: Het parameterblad is niet toegepast: het bevat 3 fouten. Het business-casemodel rekent met zijn eigen waarden.',
    ]);
  });

  it('a warning (a value outside its range) is printed, and the snapshot is written', async () => {
    const m = memory({ 'd/manifest.json': MANIFEST, 'd/model.json': SMALL, 'd/blad.csv': 'parameter;omschrijving;Delft\r\nuurtarief;;150\r\n' });
    expect(await runCli(['snapshot', '--manifest', 'd/manifest.json', '--out', 'r.html'], m.io)).toBe(0);
    expect(m.err()).toBe(
      'd/blad.csv:2:Delft out_of_range Regel 2, kolom "Delft": 150 ligt buiten het bereik 80 tot 120 van "uurtarief"; gevoeligheid en Monte Carlo gaan van dat bereik uit.\n',
    );
    expect((await inlined(m.written.get('r.html')!)).model.municipalities![0]!.values).toEqual({ gezinnen: 10, uurtarief: 150 });
  });

  it('a sheet without a model in the manifest, or a sheet that is missing, is refused', async () => {
    const noModel = memory({
      'd/manifest.json': JSON.stringify({ format: 'mbc-manifest', version: 1, bundle: 'b.json', parameters: 'blad.csv' }),
      'd/b.json': readFileSync('test/fixtures/small-bundle.json', 'utf8'),
      'd/blad.csv': SHEET,
    });
    expect(await runCli(['snapshot', '--manifest', 'd/manifest.json', '--out', 'r.html'], noModel.io)).toBe(1);
    expect(noModel.err().split('\n')[0]).toBe(
      'd/manifest.json: Het manifest noemt een parameterblad ("parameters") maar geen model ("model"); het blad is niet gebruikt.',
    );
    const missing = memory({ 'd/manifest.json': MANIFEST, 'd/model.json': SMALL });
    expect(await runCli(['snapshot', '--manifest', 'd/manifest.json', '--out', 'r.html'], missing.io)).toBe(1);
    expect(missing.err().split('\n')[0]).toMatch(/^d\/blad\.csv: /);
    expect(missing.written.size).toBe(0);
  });
});
