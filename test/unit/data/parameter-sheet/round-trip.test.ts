import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readParameterSheet } from '../../../../src/data/parameter-sheet/read.js';
import { writeParameterSheet, sheetNumber } from '../../../../src/data/parameter-sheet/write.js';
import { applyParameterSheet } from '../../../../src/data/parameter-sheet/apply.js';
import { stripBom, tokenizeCsv } from '../../../../src/data/csv.js';
import { parseNumber } from '../../../../src/data/numbers.js';
import { applyScenario, computeBusinessCase, validateModel, type BusinessCaseModel, type CaseOptions } from '../../../../src/model/index.js';
import type { Bundle } from '../../../../src/data/types.js';

const json = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const small = json<BusinessCaseModel>('test/fixtures/business-case-small.json');
const v2 = json<BusinessCaseModel>('test/fixtures/business-case-v2.json');
const haaglanden = json<BusinessCaseModel>('data/business-case.haaglanden.json');
const bundle = json<Bundle>('data/h10-bundle.json');

const COMMA_NUMBER = /^-?\d+(?:,\d+)?$/;

/**
 * The sheet after a round through Excel: opened and saved again as "CSV UTF-8 (;)". Excel writes a
 * BOM and CRLF, keeps the decimal comma, writes a very small or very large number in its
 * scientific notation (`1,5E-07`), and pads every row to the sheet's used range, here three
 * columns wider than the table (cells typed in and cleared again), with an empty row below. Text
 * cells come back quoted, as a "quote all text cells" export writes them.
 */
function excelResave(csv: string): string {
  const parsed = tokenizeCsv(stripBom(csv), ';');
  if (!parsed.ok) throw new Error('unreadable');
  const width = Math.max(...parsed.records.map((r) => r.cells.length)) + 3;
  const cell = (text: string) => {
    if (text === '') return '';
    if (COMMA_NUMBER.test(text)) return scientific(text);
    return `"${text.replace(/"/g, '""')}"`;
  };
  const rows = parsed.records.map((r) => [...r.cells, ...Array<string>(width - r.cells.length).fill('')].map(cell).join(';'));
  return '\uFEFF' + [...rows, ';'.repeat(width - 1)].join('\r\n') + '\r\n';
}

/** Excel's General format: `0,00000015` → `1,5E-07`, `1500000000000000000000` → `1,5E+21`; others as they are. */
function scientific(text: string): string {
  const value = parseNumber(text, 'comma')!;
  const magnitude = Math.abs(value);
  if (value === 0 || (magnitude >= 1e-4 && magnitude < 1e11)) return text;
  const [mantissa, exponent] = value.toExponential().split('e');
  const e = Number(exponent);
  return `${mantissa!.replace('.', ',')}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** Every case a view can ask for: the region, each municipality, a sum, each scenario. */
function cases(model: BusinessCaseModel): Array<{ model: BusinessCaseModel; options: CaseOptions; name: string }> {
  const ids = (model.municipalities ?? []).map((m) => m.id);
  const options: Array<[string, CaseOptions]> = [['region', {}], ...ids.map((id): [string, CaseOptions] => [id, { municipality: id }]), ['sum', { municipalities: ids.slice(0, 2) }]];
  const scenarios = [null, ...(model.scenarios ?? []).map((s) => s.id)];
  return scenarios.flatMap((scenario) =>
    options.map(([name, o]) => ({ model: scenario ? applyScenario(model, scenario) : model, options: o, name: `${scenario ?? 'base'} / ${name}` })),
  );
}

function roundTrip(model: BusinessCaseModel, lang: 'nl' | 'en' = 'nl') {
  const saved = excelResave(writeParameterSheet(model, { lang }));
  const sheet = readParameterSheet(new TextEncoder().encode(saved), model, { lang });
  return { saved, sheet, applied: applyParameterSheet(model, sheet, { file: 'parameters.csv', lang }) };
}

describe('writeParameterSheet', () => {
  it('writes Dutch Excel’s CSV: BOM, `;`, CRLF, decimal comma; each municipality’s own value, an empty cell for the base value', () => {
    const csv = writeParameterSheet(small);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\uFEFFparameter;omschrijving;eenheid;bron;Delft;Den Haag;Rijswijk\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.slice(1, 4)).toEqual([
      'gezinnen;Gezinnen per jaar (leeg = 10);gezinnen;Testgegevens;10;30;5',
      'besparing-zorg;Besparing jeugdhulp per gezin (leeg = 2.000);€;Testgegevens;;;500',
      'extra-uren;"Extra uren per gezin (leeg = 20; bereik 10 tot 30)";uur;Seed 003: 20 tot 30 uur per casus;;;',
    ]);
    expect(lines).toHaveLength(small.parameters.length + 2);
  });

  it('writes English column names and notes with --lang en, in the same dialect', () => {
    const csv = writeParameterSheet(small, { lang: 'en' });
    expect(csv.split('\r\n')[0]).toBe('\uFEFFparameter;description;unit;source;Delft;Den Haag;Rijswijk');
    expect(csv.split('\r\n')[3]).toContain('(empty = 20; range 10 to 30)');
    expect(writeParameterSheet(haaglanden, { lang: 'en' }).split('\r\n')[3]).toContain('(empty = 508; the data take precedence)');
  });

  it('writes every number so that it reads back exactly, without an exponent or thousands separators', () => {
    const values = [0, -0, 82.5, 0.1 + 0.2, 1182000, 1.5e-7, -1.5e-7, 1.5e21, 123456789.123, -0.5, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2];
    for (const value of values) {
      const text = sheetNumber(value);
      expect(text).toMatch(/^-?\d+(,\d+)?$/);
      expect(parseNumber(text, 'comma')).toBe(value === 0 ? 0 : value);
    }
    expect([82.5, 1182000, 1.5e-7, 1.5e21].map(sheetNumber)).toEqual(['82,5', '1182000', '0,00000015', '1500000000000000000000']);
  });

  it('uses the id for a municipality whose label is taken or reads as a fixed column', () => {
    const clash = { ...small, municipalities: [{ id: 'a', label: 'Delft', values: {} }, { id: 'b', label: 'delft', values: {} }, { id: 'c', label: 'Bron', values: {} }] };
    expect(writeParameterSheet(clash).split('\r\n')[0]).toBe('\uFEFFparameter;omschrijving;eenheid;bron;Delft;b;c');
    expect(readParameterSheet(writeParameterSheet(clash), clash).errors).toEqual([]);
  });
});

describe('round trip: export, re-save in Excel, load: the model computes identically', () => {
  for (const [name, model] of [['small (v1)', small], ['v2 fixture', v2], ['Haaglanden (v2)', haaglanden]] as const) {
    it(`${name}: every case, every scenario, exactly equal`, () => {
      const { saved, sheet, applied } = roundTrip(model);
      expect(saved).toContain('"'); // quoted cells
      expect(saved.split('\r\n')[1]!.endsWith(';;;')).toBe(true); // the empty columns Excel adds
      expect(sheet.errors).toEqual([]);
      expect(sheet.warnings).toEqual([]);
      expect(applied.municipalities).toEqual(model.municipalities);
      expect(validateModel(applied)).toEqual(validateModel(model));
      for (const c of cases(model)) {
        const again = cases(applied).find((x) => x.name === c.name)!;
        expect(computeBusinessCase(again.model, again.options), c.name).toEqual(computeBusinessCase(c.model, c.options));
      }
    });
  }

  it('Haaglanden with the data bundle, and in English', () => {
    const { applied } = roundTrip(haaglanden, 'en');
    for (const options of [{}, { municipality: 'delft' }, { municipality: 'midden-delfland' }] as CaseOptions[]) {
      expect(computeBusinessCase(applied, { ...options, data: bundle, lang: 'en' })).toEqual(computeBusinessCase(haaglanden, { ...options, data: bundle, lang: 'en' }));
    }
  });

  it('numbers Excel writes in scientific notation come back exactly', () => {
    const tiny = { ...small, municipalities: small.municipalities!.map((m, i) => ({ ...m, values: { ...m.values, 'besparing-zorg': [1.5e-7, 2.5e12, -3][i]! } })) };
    const { saved, applied } = roundTrip(tiny);
    expect(saved).toContain(';1,5E-07;2,5E+12;');
    expect(applied.municipalities).toEqual(tiny.municipalities);
  });
});

describe('applyParameterSheet', () => {
  const edit = (csv: string, from: string, to: string) => {
    expect(csv).toContain(from);
    return csv.replace(from, to);
  };

  it('a filled cell is the municipality’s own value; an empty one takes the model’s away (the base value); rows and columns the sheet lacks stay', () => {
    let csv = writeParameterSheet(small);
    csv = edit(csv, ';10;30;5\r\n', ';12;;5\r\n'); // gezinnen: Delft 12, Den Haag empty
    csv = edit(csv, '\r\nuurtarief;', '\r\nuurtarief;'); // unchanged row
    const withoutRijswijk = csv
      .split('\r\n')
      .map((line) => line.split(';').slice(0, 6).join(';'))
      .join('\r\n');
    const sheet = readParameterSheet(withoutRijswijk, small);
    expect(sheet.errors).toEqual([]);
    const applied = applyParameterSheet(small, sheet, { file: 'data/blad.csv' });
    expect(applied.municipalities!.map((m) => m.values)).toEqual([{ gezinnen: 12 }, {}, { gezinnen: 5, 'besparing-zorg': 500 }]);
    expect(computeBusinessCase(applied, { municipality: 'den-haag' }).totals).toEqual(computeBusinessCase({ ...small, municipalities: [{ id: 'den-haag', label: 'Den Haag', values: {} }] }, { municipality: 'den-haag' }).totals);
    expect(small.municipalities![0]!.values).toEqual({ gezinnen: 10 }); // the model itself is not changed
  });

  it('names the sheet in the source of each parameter it sets, with the municipalities', () => {
    const sheet = readParameterSheet('parameter;omschrijving;Delft;Den Haag;Rijswijk\r\ngezinnen;;1;2;3\r\nuurtarief;;;110;\r\nextra-uren;;;;\r\n', small);
    const applied = applyParameterSheet(small, sheet, { file: 'https://intranet/data/parameters-h10.csv?v=2' });
    const source = (id: string) => applied.parameters.find((p) => p.id === id)!.source;
    const original = (id: string) => small.parameters.find((p) => p.id === id)!.source;
    expect(source('gezinnen')).toBe('Testgegevens. Waarden per gemeente uit parameters-h10.csv (alle 3 gemeenten).');
    expect(source('uurtarief')).toBe('Waarden per gemeente uit parameters-h10.csv (Den Haag).'); // the model gives no source
    expect(source('extra-uren')).toBe(original('extra-uren')); // an empty row sets nothing
    const en = applyParameterSheet(small, readParameterSheet('parameter;omschrijving;Delft;Rijswijk\r\nuurtarief;;100;110\r\n', small), { file: 'p.csv', lang: 'en' });
    expect(en.parameters.find((p) => p.id === 'uurtarief')!.source).toBe('Values per municipality from p.csv (Delft and Rijswijk).');
    const ending = applyParameterSheet({ ...small, parameters: small.parameters.map((p) => ({ ...p, source: 'CBS (2024).' })) }, sheet, { file: 'p.csv' });
    expect(ending.parameters[0]!.source).toBe('CBS (2024). Waarden per gemeente uit p.csv (alle 3 gemeenten).');
    const noSource = applyParameterSheet({ ...small, parameters: small.parameters.map((p) => ({ ...p, source: undefined })) }, sheet, { file: 'p.csv' });
    expect(noSource.parameters[0]!.source).toBe('Waarden per gemeente uit p.csv (alle 3 gemeenten).');
  });

  it('returns the model itself when the sheet changes nothing', () => {
    expect(applyParameterSheet(small, { values: {}, parameters: [], municipalities: ['delft'] }, { file: 'p.csv' })).toBe(small);
  });
});
