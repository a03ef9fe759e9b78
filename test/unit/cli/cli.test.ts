import { describe, expect, it } from 'vitest';
import { formatIssue, runCli, type CliIo } from '../../../src/cli/cli.js';
import { parseIndicators } from '../../../src/data/parse-indicators.js';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { prepare, stringifyBundle } from '../../../src/data/prepare.js';

const USAGE_HEADER = 'gemeente;product;startdatum;uren_besteed;casus_id;route';
const usageCsv = (rows: string[]) => '\uFEFF' + [USAGE_HEADER, ...rows].join('\r\n') + '\r\n';
const GOOD_USAGE = usageCsv([
  'Delft;2a;01-02-2024;16,5;D1;ots_voorkomen',
  'Delft;2a;03-02-2024;12;D2;ots_voorkomen',
  'Delft;2a;05-02-2024;30;D3;ots_beeindigd',
  'Delft;1;07-02-2024;;;',
]);
const BAD_USAGE = usageCsv(['Delft;2a;01-02-2024;16,5;D1;ots_voorkomen', 'Delft;2x;01-02-2024;16,5;D1;ots_voorkomen', 'Delft;2a;31-02-2024;8;D2;']);
const INDICATORS = 'gemeente;periode;indicator;waarde\r\nDelft;2024-K1;ots_started;7\r\nDen Haag;2024-K1;ots_started;3\r\n';

/** An indicators file as Excel's classic "CSV (gescheiden door lijstscheidingsteken)" writes it: Windows-1252. */
const WINDOWS_1252_INDICATORS = Uint8Array.from(
  'gemeente;periode;indicator;waarde\r\nHengelo (O);2024-K1;crises;7\r\nSúdwest-Fryslân;2024-K1;crises;6\r\n',
  (c) => c.charCodeAt(0),
);

function memory(files: Record<string, string | Uint8Array>) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      const file = files[path]!;
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('/readonly/')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      written.set(path, text);
    },
  };
  return { io, out: () => stdout.join(''), err: () => stderr.join(''), written };
}

const files = { 'gebruik.csv': GOOD_USAGE, 'fout.csv': BAD_USAGE, 'indicatoren.csv': INDICATORS, 'leeg.csv': '', 'anders.csv': 'a;b\r\n1;2\r\n' };

describe('runCli: help and usage mistakes', () => {
  it('prints the usage on --help and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['prepare', '--help'], ['validate', 'x.csv', '-h']]) {
      const m = memory(files);
      expect(await runCli(argv, m.io)).toBe(0);
      expect(m.out().startsWith('Gebruik:\n  mbc-dashboard validate')).toBe(true);
      expect(m.err()).toBe('');
    }
    const en = memory(files);
    expect(await runCli(['--help', '--lang', 'en'], en.io)).toBe(0);
    expect(en.out().split('\n')[0]).toBe('Usage:');
  });

  const mistakes: [string[], string][] = [
    [[], 'Geef een opdracht: validate, prepare, snapshot of parameters.'],
    [['frob'], 'Onbekende opdracht: frob.'],
    [['--frob'], 'Onbekende optie: --frob.'],
    [['validate', '--frob', 'x.csv'], 'Onbekende optie: --frob.'],
    [['validate'], 'Geef ten minste één bestand om te controleren.'],
    [['validate', '--kind', 'raw', 'x.csv'], 'Soort moet usage of indicators zijn (gekregen: raw).'],
    [['validate', '--out', 'b.json', 'x.csv'], 'Onbekende optie: --out.'],
    [['prepare', '--out', 'b.json'], 'Geef ten minste één invoerbestand: --usage of --indicators.'],
    [['prepare', '--usage', 'gebruik.csv'], 'Geef met --out aan waar de bundel moet komen.'],
    [['prepare', '--usage', 'gebruik.csv', '--out'], 'Optie --out verwacht een waarde.'],
    [['prepare', '--usage', '--out', 'b.json'], 'Optie --usage verwacht een waarde.'],
    [['prepare', '--usage', 'a.csv', '--usage', 'b.csv', '--out', 'b.json'], 'Optie --usage is meer dan eens gegeven.'],
    [['prepare', '--usage', 'gebruik.csv', '--out', 'b.json', 'extra.csv'], 'Onverwacht argument: extra.csv.'],
    [['prepare', '--usage', 'gebruik.csv', '--out', 'b.json', '--threshold', '0'], 'De drempel moet een geheel getal van 1 of meer zijn (gekregen: 0).'],
    [['prepare', '--usage', 'gebruik.csv', '--out', 'b.json', '--threshold=2.5'], 'De drempel moet een geheel getal van 1 of meer zijn (gekregen: 2.5).'],
    [['prepare', '--usage', 'gebruik.csv', '--out', 'b.json', '--threshold', 'vijf'], 'De drempel moet een geheel getal van 1 of meer zijn (gekregen: vijf).'],
    [['prepare', '--usage', 'gebruik.csv', '--out', 'b.json', '--lang', 'de'], 'Taal moet nl of en zijn (gekregen: de).'],
  ];
  for (const [argv, message] of mistakes) {
    it(`exits 2 with the usage on stderr: ${argv.join(' ') || '(nothing)'}`, async () => {
      const m = memory(files);
      expect(await runCli(argv, m.io)).toBe(2);
      // The mistake and a one-line hint, not the whole help.
      expect(m.err()).toBe(`${message}\nZie "mbc-dashboard --help" voor alle opdrachten en opties.\n`);
      expect(m.out()).toBe('');
      expect(m.written.size).toBe(0);
    });
  }

  it('speaks English with --lang en, even about mistakes', async () => {
    const m = memory(files);
    expect(await runCli(['frob', '--lang=en'], m.io)).toBe(2);
    expect(m.err().split('\n')[0]).toBe('Unknown command: frob.');
  });
});

describe('runCli validate', () => {
  it('exits 0 for clean files and recognises their kind by the columns', async () => {
    const m = memory(files);
    expect(await runCli(['validate', 'gebruik.csv', 'indicatoren.csv'], m.io)).toBe(0);
    const overCap = parseUsage(GOOD_USAGE).warnings[0]!;
    expect(m.out()).toBe(
      [
        `gebruik.csv:4:uren_besteed over_cap ${overCap.message}`,
        'gebruik.csv: gebruik, 4 regels gelezen, 4 geldig, 0 fouten, 1 waarschuwing.',
        'indicatoren.csv: indicatoren, 2 regels gelezen, 2 geldig, 0 fouten, 0 waarschuwingen.',
        '',
      ].join('\n'),
    );
    expect(overCap.code).toBe('over_cap');
  });

  it('prints every error as file:line:column code message and exits 1', async () => {
    const m = memory(files);
    expect(await runCli(['validate', 'fout.csv'], m.io)).toBe(1);
    const { errors } = parseUsage(BAD_USAGE);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'product', 'invalid_product'],
      [4, 'start', 'invalid_date'],
    ]);
    expect(m.out()).toBe(
      [
        `fout.csv:3:product invalid_product ${errors[0]!.message}`,
        `fout.csv:4:startdatum invalid_date ${errors[1]!.message}`,
        'fout.csv: gebruik, 3 regels gelezen, 1 geldig, 2 fouten, 0 waarschuwingen.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the column when an issue has none', () => {
    expect(formatIssue('a.csv', { line: 1, code: 'empty_file', message: 'Leeg.' })).toBe('a.csv:1 empty_file Leeg.');
  });

  it('takes --kind over the recognition', async () => {
    const m = memory(files);
    expect(await runCli(['validate', '--kind', 'usage', 'indicatoren.csv'], m.io)).toBe(1);
    const { errors } = parseUsage(INDICATORS);
    expect(errors.map((e) => e.code)).toEqual(['missing_column']);
    expect(m.out().split('\n')[0]).toBe(formatIssue('indicatoren.csv', errors[0]!));
  });

  it('exits 1 for an empty file, an unknown kind of file and a file that cannot be read', async () => {
    const m = memory(files);
    expect(await runCli(['validate', 'leeg.csv', 'anders.csv', 'weg.csv', 'gebruik.csv'], m.io)).toBe(1);
    const empty = parseUsage('');
    expect(m.out().split('\n').slice(0, 4)).toEqual([
      formatIssue('leeg.csv', empty.errors[0]!),
      'leeg.csv: gebruik, 0 regels gelezen, 0 geldig, 1 fout, 0 waarschuwingen.',
      'anders.csv: Niet herkend als gebruiks- of indicatorbestand; geef --kind usage of --kind indicators.',
      'weg.csv: Het bestand bestaat niet. Controleer de naam en de map.',
    ]);
  });

  it('writes messages in English with --lang en', async () => {
    const m = memory(files);
    expect(await runCli(['validate', '--lang', 'en', 'fout.csv'], m.io)).toBe(1);
    const { errors } = parseUsage(BAD_USAGE, { lang: 'en' });
    expect(m.out().split('\n')).toEqual([
      `fout.csv:3:product invalid_product ${errors[0]!.message}`,
      `fout.csv:4:startdatum invalid_date ${errors[1]!.message}`,
      'fout.csv: usage, 3 rows read, 1 valid, 2 errors, 0 warnings.',
      '',
    ]);
  });
});

describe('runCli validate: every file an advisor edits', () => {
  const model = (extra = '') =>
    `{\n  "format": "mbc-business-case", "version": 1, "title": "T", "startYear": 2026,\n  "stakeholders": [{ "id": "gemeente", "label": "Gemeente" }],\n  "parameters": [{ "id": "uren", "label": "Uren", "value": 10, "unit": "uur"${extra} }],\n  "items": [\n    { "id": "a", "label": "A", "type": "cost", "kind": "structural", "stakeholder": "gemeente",\n      "quantity": ["urne"], "unitCost": [80] }\n  ]\n}\n`;

  it('checks a business-case model by its format, with the JSON path, line and column', async () => {
    const m = memory({ 'model.json': model() });
    expect(await runCli(['validate', 'model.json'], m.io)).toBe(1);
    const lines = m.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^model\.json:7:20 unknown-parameter \$\.items\[0\]\.quantity\[0\]: .*"urne".*"uren"/);
    expect(lines.at(-1)).toBe('model.json: business-casemodel, 1 fout, 0 waarschuwingen.');
  });

  it('reports an out-of-range value in a model as a warning, which --max-warnings can make fatal', async () => {
    const m = memory({ 'model.json': model(', "low": 20, "high": 30').replace('["urne"]', '["uren"]') });
    expect(await runCli(['validate', 'model.json'], m.io)).toBe(0);
    expect(m.out().trimEnd().split('\n').at(-1)).toBe('model.json: business-casemodel, 0 fouten, 1 waarschuwing.');
    const strict = memory({ 'model.json': model(', "low": 20, "high": 30').replace('["urne"]', '["uren"]') });
    expect(await runCli(['validate', '--max-warnings', '0', 'model.json'], strict.io)).toBe(1);
    expect(strict.out().trimEnd().split('\n').at(-1)).toBe('1 waarschuwingen, meer dan de 0 die --max-warnings toestaat.');
  });

  it('checks a manifest and every file it names, relative to the manifest', async () => {
    const manifest = JSON.stringify({ format: 'mbc-manifest', version: 1, usage: 'gebruik.csv', model: 'weg.json' });
    const m = memory({ 'data/manifest.json': manifest, 'data/gebruik.csv': GOOD_USAGE });
    expect(await runCli(['validate', 'data/manifest.json'], m.io)).toBe(1);
    expect(m.out().trimEnd().split('\n')).toEqual([
      'data/manifest.json: manifest, 0 fouten, 0 waarschuwingen.',
      expect.stringMatching(/^data\/gebruik\.csv:4:uren_besteed over_cap /),
      'data/gebruik.csv: gebruik, 4 regels gelezen, 4 geldig, 0 fouten, 1 waarschuwing.',
      'data/weg.json: Het bestand bestaat niet. Controleer de naam en de map.',
    ]);
  });

  it('checks a bundle: a published small count is an error at its path', async () => {
    const bundle = {
      format: 'mbc-bundle',
      version: 2,
      suppressionThreshold: 5,
      municipalities: ['A'],
      periods: ['2024'],
      usage: [],
      usageRegion: [],
      indicators: [{ municipality: 'A', period: '2024', indicator: 'crises', value: 3, label: null, suppressed: false }],
      indicatorsRegion: [],
      warnings: [],
    };
    const m = memory({ 'b.json': JSON.stringify(bundle, null, 2) });
    expect(await runCli(['validate', 'b.json'], m.io)).toBe(1);
    expect(m.out()).toContain('$.indicators[0].value: ');
    expect(m.out().trimEnd().split('\n').at(-1)).toBe('b.json: bundel, 1 fout, 0 waarschuwingen.');
  });

  it('reports the warnings prepare would give: a region mean without its weight', async () => {
    const m = memory({ 'i.csv': 'gemeente;periode;indicator;waarde\nDelft;2024-K1;satisfaction;80\n' });
    expect(await runCli(['validate', 'i.csv'], m.io)).toBe(0);
    expect(m.out()).toContain('i.csv:0 missing_weight Geen regiowaarde voor satisfaction in 2024-Q1');
  });

  it('gives the same missing_weight warning, word for word, as prepare: ots_duration_months without ots_started', async () => {
    const text =
      'gemeente;periode;indicator;waarde\nDelft;2024-K1;ots_duration_months;11,5\nDelft;2024-K1;ots_ended_early;6\nRijswijk;2024-K1;ots_duration_months;9\nRijswijk;2024-K1;ots_ended_early;5\nRijswijk;2024-K1;ots_started;8\n';
    const bundle = await prepare({ indicators: parseIndicators(text).rows });
    expect(bundle.warnings.map((w) => w.code)).toEqual(['missing_weight']);
    const m = memory({ 'i.csv': text });
    expect(await runCli(['validate', 'i.csv'], m.io)).toBe(0);
    expect(m.out().split('\n')[0]).toBe(`i.csv:0 missing_weight ${bundle.warnings[0]!.message}`);
    expect(bundle.warnings[0]!.message).toBe(
      'Geen regiowaarde voor ots_duration_months in 2024-Q1: het gewicht (ots_ended_early + ots_started) ontbreekt voor Delft. Er wordt geen ongewogen gemiddelde gebruikt.',
    );
  });

  it('reads a Windows-1252 file (Excel’s classic CSV) and warns where its first such character is', async () => {
    const m = memory({ 'w.csv': WINDOWS_1252_INDICATORS });
    expect(await runCli(['validate', 'w.csv'], m.io)).toBe(0);
    expect(m.out()).toBe(
      [
        'w.csv:3 windows_1252 Regel 3, teken 2: het bestand is geen UTF-8 en is gelezen als Windows-1252, de tekenset van Excels oude ‘CSV (gescheiden door lijstscheidingsteken)’. Controleer de letters met accenten, zoals in "Súdwest-Fryslân". Sla het bestand op als ‘CSV UTF-8 (door komma’s gescheiden)’ om deze waarschuwing te voorkomen.',
        'w.csv: indicatoren, 2 regels gelezen, 2 geldig, 0 fouten, 1 waarschuwing.',
        '',
      ].join('\n'),
    );
  });

  it('leaves warnings out with --quiet, counting them per code', async () => {
    const m = memory(files);
    expect(await runCli(['validate', '--quiet', 'gebruik.csv'], m.io)).toBe(0);
    expect(m.out().split('\n')).toEqual(['Per code:', '  over_cap: 1', 'gebruik.csv: gebruik, 4 regels gelezen, 4 geldig, 0 fouten, 1 waarschuwing.', '']);
  });

  it('reads standard input for "-", and prints its version', async () => {
    const m = memory({});
    m.io.readStdin = async () => new TextEncoder().encode(GOOD_USAGE);
    expect(await runCli(['validate', '-'], m.io)).toBe(0);
    expect(m.out().trimEnd().split('\n').at(-1)).toBe('-: gebruik, 4 regels gelezen, 4 geldig, 0 fouten, 1 waarschuwing.');
    const v = memory({});
    v.io.version = '1.2.3';
    expect(await runCli(['--version'], v.io)).toBe(0);
    expect(v.out()).toBe('1.2.3\n');
  });
});

describe('runCli prepare', () => {
  it('writes the bundle that prepare(parse(…)) gives and exits 0', async () => {
    const m = memory(files);
    expect(await runCli(['prepare', '--usage', 'gebruik.csv', '--indicators', 'indicatoren.csv', '--out', 'out/bundel.json'], m.io)).toBe(0);
    const expected = stringifyBundle(await prepare({ usage: parseUsage(GOOD_USAGE).rows, indicators: parseIndicators(INDICATORS).rows }));
    expect(m.written.get('out/bundel.json')).toBe(expected);
    expect(m.out()).toBe('out/bundel.json geschreven: 2 gemeenten, 1 periode, 3 gebruikscellen (2 onderdrukt), 2 indicatorwaarden (2 onderdrukt).\n');
    // warnings are shown, and do not stop the bundle
    const overCap = parseUsage(GOOD_USAGE).warnings[0]!;
    expect(m.err()).toBe(`gebruik.csv:4:uren_besteed over_cap ${overCap.message}\n`);
  });

  it('takes the threshold and works with one input', async () => {
    const m = memory(files);
    expect(await runCli(['prepare', '--indicators=indicatoren.csv', '--threshold=1', '--out=b.json', '--lang=en'], m.io)).toBe(0);
    const bundle = JSON.parse(m.written.get('b.json')!) as { suppressionThreshold: number; indicators: { value: number | null }[] };
    expect(bundle.suppressionThreshold).toBe(1);
    expect(bundle.indicators.map((c) => c.value)).toEqual([7, 3]);
    expect(m.out()).toBe('Wrote b.json: 2 municipalities, 1 period, 0 usage cells (0 suppressed), 2 indicator values (0 suppressed).\n');
  });

  it('refuses input with errors: prints them, writes nothing and exits 1', async () => {
    const m = memory(files);
    expect(await runCli(['prepare', '--usage', 'fout.csv', '--indicators', 'indicatoren.csv', '--out', 'b.json'], m.io)).toBe(1);
    expect(m.written.size).toBe(0);
    const { errors } = parseUsage(BAD_USAGE);
    expect(m.err()).toBe([...errors.map((e) => formatIssue('fout.csv', e)), 'De bundel is niet geschreven: de invoer bevat 2 fouten.', ''].join('\n'));
    expect(m.out()).toBe('');
  });

  it('exits 1 when an input cannot be read or the bundle cannot be written', async () => {
    const missing = memory(files);
    expect(await runCli(['prepare', '--usage', 'weg.csv', '--out', 'b.json'], missing.io)).toBe(1);
    expect(missing.err()).toBe('weg.csv: Het bestand bestaat niet. Controleer de naam en de map.\nDe bundel is niet geschreven: de invoer bevat 1 fout.\n');
    const readonly = memory(files);
    expect(await runCli(['prepare', '--usage', 'gebruik.csv', '--out', '/readonly/b.json'], readonly.io)).toBe(1);
    expect(readonly.err().trim().split('\n').at(-1)).toBe('De bundel kan niet worden geschreven: EACCES.');
  });

  it('prepares a Windows-1252 file with its names right, and prints the warning', async () => {
    const m = memory({ 'w.csv': WINDOWS_1252_INDICATORS });
    expect(await runCli(['prepare', '--indicators', 'w.csv', '--threshold', '1', '--out', 'b.json', '--lang', 'en'], m.io)).toBe(0);
    const bundle = JSON.parse(m.written.get('b.json')!) as { municipalities: string[] };
    expect(bundle.municipalities).toEqual(['Hengelo (O)', 'Súdwest-Fryslân']);
    expect(m.err().split('\n')[0]).toBe(
      'w.csv:3 windows_1252 Line 3, character 2: the file is not UTF-8 and was read as Windows-1252, the character set of Excel’s older ‘CSV (Comma delimited)’. Check the accented letters, such as in "Súdwest-Fryslân". Save the file as ‘CSV UTF-8 (Comma delimited)’ to avoid this warning.',
    );
  });

  it('prints the bundle warnings', async () => {
    const m = memory({ 'i.csv': 'gemeente;periode;indicator;waarde\nDelft;2024-K1;satisfaction;80\n' });
    expect(await runCli(['prepare', '--indicators', 'i.csv', '--out', 'b.json', '--lang', 'en'], m.io)).toBe(0);
    expect(m.err()).toBe(
      'b.json: missing_weight No region value for satisfaction in 2024-Q1: the weight (survey_responses) is missing for Delft. No unweighted mean is used.\n',
    );
  });
});
