import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli, type CliIo } from '../../../src/cli/cli.js';
import { readParameterSheet } from '../../../src/data/parameter-sheet/read.js';
import { writeParameterSheet } from '../../../src/data/parameter-sheet/write.js';
import type { BusinessCaseModel } from '../../../src/model/types.js';

function memory(files: Record<string, string>) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]);
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/readonly/')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      written.set(path, text);
    },
  };
  return { io, out: () => stdout.join(''), err: () => stderr.join(''), written };
}

const SMALL = readFileSync('test/fixtures/business-case-small.json', 'utf8');
const HAAGLANDEN = readFileSync('data/business-case.haaglanden.json', 'utf8');
const small = JSON.parse(SMALL) as BusinessCaseModel;
const SHEET = 'parameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk\r\nuurtarief;;;;110;;\r\n';

describe('runCli parameters', () => {
  it('writes the model’s sheet, filled with each municipality’s own values', async () => {
    const m = memory({ 'm.json': SMALL });
    expect(await runCli(['parameters', '--model', 'm.json', '--out', 'parameters.csv'], m.io)).toBe(0);
    expect(m.written.get('parameters.csv')).toBe(writeParameterSheet(small));
    expect(m.out()).toBe('parameters.csv geschreven: 6 parameters, 3 gemeenten, 4 eigen waarden (lege cellen: de basiswaarde).\n');
    expect(m.err()).toBe('');
  });

  it('in English: the column names, the notes and the message', async () => {
    const m = memory({ 'h.json': HAAGLANDEN });
    expect(await runCli(['parameters', '--model', 'h.json', '--out', 'p.csv', '--lang', 'en'], m.io)).toBe(0);
    expect(m.written.get('p.csv')!.split('\r\n')[0]!.startsWith('\uFEFFparameter;description;unit;source;Delft;Den Haag;')).toBe(true);
    expect(m.out()).toBe('Wrote p.csv: 75 parameters, 10 municipalities, 100 own values (empty cells: the base value).\n');
  });

  it('with --parameters, carries an existing sheet’s values over into the new sheet', async () => {
    const m = memory({ 'm.json': SMALL, 'oud.csv': SHEET });
    expect(await runCli(['parameters', '--model', 'm.json', '--parameters', 'oud.csv', '--out', 'nieuw.csv'], m.io)).toBe(0);
    const again = readParameterSheet(m.written.get('nieuw.csv')!, small);
    expect(again.values.delft).toEqual({ gezinnen: 10, uurtarief: 110 });
    expect(m.out()).toBe('nieuw.csv geschreven: 6 parameters, 3 gemeenten, 5 eigen waarden (lege cellen: de basiswaarde).\n');
  });

  it('writes nothing when the old sheet has errors, and prints them as file:line:column', async () => {
    const m = memory({ 'm.json': SMALL, 'oud.csv': SHEET.replace('110', '11O') });
    expect(await runCli(['parameters', '--model', 'm.json', '--parameters', 'oud.csv', '--out', 'nieuw.csv'], m.io)).toBe(1);
    expect(m.err()).toBe(
      'oud.csv:2:Delft invalid_number Regel 2, kolom "Delft": "11O" is geen getal (in dit bestand is de komma het decimaalteken).\n' +
        'Het parameterblad is niet geschreven: oud.csv bevat 1 fout.\n',
    );
    expect(m.written.size).toBe(0);
  });

  it('writes nothing for a model with errors, without municipalities, or that is not JSON', async () => {
    const broken = SMALL.replace(/\n(\s*)"uurtarief"\n/, '\n$1"uurtarif"\n');
    expect(broken).not.toBe(SMALL);
    const m = memory({ 'm.json': broken, 'plat.json': JSON.stringify({ ...small, municipalities: undefined }), 'x.json': '{"format": ' });
    expect(await runCli(['parameters', '--model', 'm.json', '--out', 'p.csv'], m.io)).toBe(1);
    const lines = m.err().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^m\.json:\d+:\d+ unknown-parameter \$\.items\[\d\]\.(unitCost|quantity)\[\d\]: .*"uurtarif".*"uurtarief"/);
    expect(lines.at(-1)).toBe('Het parameterblad is niet geschreven: m.json bevat 1 fout.');
    const flat = memory({ 'plat.json': JSON.stringify({ ...small, municipalities: undefined }) });
    expect(await runCli(['parameters', '--model', 'plat.json', '--out', 'p.csv'], flat.io)).toBe(1);
    expect(flat.err()).toBe('plat.json: Het model heeft geen gemeenten ("municipalities"); een parameterblad heeft één kolom per gemeente.\n');
    const notJson = memory({ 'x.json': '{"format": ' });
    expect(await runCli(['parameters', '--model', 'x.json', '--out', 'p.csv'], notJson.io)).toBe(1);
    expect(notJson.err()).toMatch(/^x\.json: Het model is geen geldige JSON: /);
    for (const x of [m, flat, notJson]) expect(x.written.size).toBe(0);
  });

  it('a missing or unwritable file gets a sentence', async () => {
    const m = memory({ 'm.json': SMALL });
    expect(await runCli(['parameters', '--model', 'weg.json', '--out', 'p.csv'], m.io)).toBe(1);
    expect(m.err()).toBe('weg.json: Het bestand bestaat niet. Controleer de naam en de map.\n');
    const ro = memory({ 'm.json': SMALL });
    expect(await runCli(['parameters', '--model', 'm.json', '--out', '/readonly/p.csv'], ro.io)).toBe(1);
    expect(ro.err()).toBe('Het parameterblad kan niet worden geschreven: EACCES.\n');
  });

  const mistakes: [string[], string][] = [
    [['parameters', '--out', 'p.csv'], 'Geef met --model het business-casemodel waarvan het parameterblad wordt gemaakt.'],
    [['parameters', '--model', 'm.json'], 'Geef met --out aan waar het parameterblad moet komen.'],
    [['parameters', '--model', 'm.json', '--out', 'p.csv', 'extra'], 'Onverwacht argument: extra.'],
    [['parameters', '--model', 'm.json', '--out', 'p.csv', '--usage', 'g.csv'], 'Onbekende optie: --usage.'],
  ];
  for (const [argv, message] of mistakes) {
    it(`exits 2 on a usage mistake: ${argv.join(' ')}`, async () => {
      const m = memory({ 'm.json': SMALL });
      expect(await runCli(argv, m.io)).toBe(2);
      expect(m.err()).toBe(`${message}\nZie "mbc-dashboard --help" voor alle opdrachten en opties.\n`);
      expect(m.written.size).toBe(0);
    });
  }

  it('is in the help, in both languages', async () => {
    for (const lang of ['nl', 'en']) {
      const m = memory({});
      expect(await runCli(['--help', '--lang', lang], m.io)).toBe(0);
      expect(m.out()).toContain('mbc-dashboard parameters --model business-case.json');
      expect(m.out()).toContain('--parameters ');
    }
  });
});

describe('runCli validate: a parameter sheet', () => {
  const BAD = 'parameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijsweik\r\nuurtarief;;;;150;;\r\ngezinnen;;;;veel;;\r\nuurtarief;;;;;;\r\n';

  it('recognises it by its first header cells and checks it against --model, with line and column', async () => {
    const m = memory({ 'm.json': SMALL, 'p.csv': BAD });
    expect(await runCli(['validate', '--model', 'm.json', 'p.csv'], m.io)).toBe(1);
    expect(m.out().split('\n')).toEqual([
      'p.csv:1:Rijsweik unknown_municipality Regel 1, kolom "Rijsweik": "Rijsweik" is geen gemeente van het model. Bedoelt u "Rijswijk"?',
      'p.csv:3:Delft invalid_number Regel 3, kolom "Delft": "veel" is geen getal (in dit bestand is de komma het decimaalteken).',
      'p.csv:4:parameter duplicate_parameter Regel 4, kolom "parameter": "uurtarief" staat al op regel 2.',
      'p.csv:2:Delft out_of_range Regel 2, kolom "Delft": 150 ligt buiten het bereik 80 tot 120 van "uurtarief"; gevoeligheid en Monte Carlo gaan van dat bereik uit.',
      'p.csv: parameterblad, 3 regels gelezen, 1 geldig, 3 fouten, 1 waarschuwing.',
      '',
    ]);
  });

  it('without a model: checks what it can, and says what it did not', async () => {
    const m = memory({ 'p.csv': BAD });
    expect(await runCli(['validate', 'p.csv'], m.io)).toBe(1);
    expect(m.out().split('\n')).toEqual([
      'p.csv: zonder --model (of een manifest met een model) zijn de parameters en gemeenten niet tegen een model gecontroleerd.',
      'p.csv:3:Delft invalid_number Regel 3, kolom "Delft": "veel" is geen getal (in dit bestand is de komma het decimaalteken).',
      'p.csv:4:parameter duplicate_parameter Regel 4, kolom "parameter": "uurtarief" staat al op regel 2.',
      'p.csv: parameterblad, 3 regels gelezen, 1 geldig, 2 fouten, 0 waarschuwingen.',
      '',
    ]);
  });

  it('through a manifest, against the manifest’s model; the shipped sample is clean', async () => {
    const m = memory({
      'data/manifest.json': readFileSync('data/manifest.json', 'utf8'),
      'data/business-case.haaglanden.json': HAAGLANDEN,
      'data/h10-bundle.json': readFileSync('data/h10-bundle.json', 'utf8'),
      'data/parameters-h10.csv': readFileSync('data/parameters-h10.csv', 'utf8'),
    });
    expect(await runCli(['validate', 'data/manifest.json'], m.io)).toBe(0);
    expect(m.out().trimEnd().split('\n')).toEqual([
      'data/manifest.json: manifest, 0 fouten, 0 waarschuwingen.',
      'data/h10-bundle.json: bundel, 0 fouten, 0 waarschuwingen.',
      'data/business-case.haaglanden.json: business-casemodel, 0 fouten, 0 waarschuwingen.',
      'data/parameters-h10.csv: parameterblad, 75 regels gelezen, 75 geldig, 0 fouten, 0 waarschuwingen.',
    ]);
  });

  it('a model that cannot be read: the sheet is checked without it, and a line says so', async () => {
    const m = memory({ 'p.csv': SHEET });
    expect(await runCli(['validate', '--model', 'weg.json', 'p.csv', '--lang', 'en'], m.io)).toBe(0);
    expect(m.out().split('\n')[0]).toBe('p.csv: the model weg.json has errors or cannot be read; the parameters and municipalities were not checked.');
  });
});
