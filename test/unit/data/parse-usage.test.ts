import { describe, expect, it } from 'vitest';
import { parseUsage } from '../../../src/data/parse-usage.js';
import type { UsageRow } from '../../../src/data/types.js';

const HEADER_NL = 'gemeente;product;startdatum;einddatum;uren_beschikbaar;uren_besteed;extra_uren_lokaal_team;casus_id;route';
const HEADER_EN = 'municipality,product,start,end,hours_available,hours_used,lt_extra_hours,case_id,route';

const row = (overrides: Partial<UsageRow>): UsageRow => ({
  municipality: 'Delft',
  product: '2a',
  start: '2024-03-01',
  end: null,
  period: '2024-Q1',
  hoursAvailable: 25,
  hoursUsed: 16,
  ltExtraHours: null,
  caseId: null,
  route: null,
  ...overrides,
});

/** Only code, line and column of each issue. */
const brief = (issues: { line: number; column?: string; code: string; value?: string }[]) =>
  issues.map(({ line, column, code, value }) => ({ line, column, code, value }));

describe('parseUsage: a Dutch Excel export', () => {
  const csv = [
    '\uFEFF' + HEADER_NL,
    'Zoetermeer;2a;15-01-2024;15-04-2024;25;16;12,5;Z-001;ots_voorkomen',
    'Delft;2A;2024-02-01;;;5;1.234,5;D-7;OTS_BEEINDIGD',
    'Westland;2b;1-3-2024;;25;25,5;30;W-3;ots_noodzakelijk',
    '"Den Haag";1;01/10/2024;;;;;;samenwerking_tijdens_ots',
    ';;;;;;;;',
    '',
  ].join('\r\n');
  const result = parseUsage(csv);

  it('reads every row, normalised', () => {
    expect(result.rows).toEqual([
      row({ municipality: 'Zoetermeer', start: '2024-01-15', end: '2024-04-15', hoursUsed: 16, ltExtraHours: 12.5, caseId: 'Z-001', route: 'ots_prevented' }),
      row({ municipality: 'Delft', start: '2024-02-01', hoursUsed: 5, ltExtraHours: 1234.5, caseId: 'D-7', route: 'ots_ended_early' }),
      row({ municipality: 'Westland', product: '2b', start: '2024-03-01', hoursUsed: 25.5, ltExtraHours: 30, caseId: 'W-3', route: 'ots_required' }),
      row({ municipality: 'Den Haag', product: '1', start: '2024-10-01', period: '2024-Q4', hoursAvailable: null, hoursUsed: null, route: 'ots_collaboration' }),
    ]);
  });
  it('warns about hours used above hours available, and keeps the row', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        line: 4,
        column: 'hours_used',
        header: 'uren_besteed',
        value: '25,5',
        code: 'over_cap',
        message: 'Regel 4, kolom "uren_besteed": 25,5 uur besteed is meer dan de 25 beschikbare uren.',
      },
    ]);
  });
  it('speaks English when asked, also for a regional tag', () => {
    expect(parseUsage(csv, { lang: 'en-GB' as 'en' }).warnings[0]!.message).toBe(
      'Line 4, column "uren_besteed": 25.5 hours used is more than the 25 hours available.',
    );
    expect(parseUsage(csv, { lang: 'en' }).warnings[0]!.message).toBe(
      'Line 4, column "uren_besteed": 25.5 hours used is more than the 25 hours available.',
    );
  });
});

describe('parseUsage: English headers, comma separated, decimal point', () => {
  it('reads dot decimals and thousands commas', () => {
    const csv = `${HEADER_EN}\nDelft,2a,2024-03-01,,20,"1,000.5",16.5,,ots_prevented\nDelft,2b,2024-03-01,,,3,,,\n`;
    const result = parseUsage(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      row({ hoursAvailable: 20, hoursUsed: 1000.5, ltExtraHours: 16.5, route: 'ots_prevented' }),
      row({ product: '2b', hoursUsed: 3 }),
    ]);
    expect(brief(result.warnings)).toEqual([{ line: 2, column: 'hours_used', code: 'over_cap', value: '1,000.5' }]);
  });
  it('reads a comma file with comma decimals in quotes', () => {
    const csv = `municipality,product,start,hours_used\nDelft,2a,2024-03-01,"16,5"\nDelft,2a,2024-03-01,"1.234"\n`;
    expect(parseUsage(csv).rows.map((r) => r.hoursUsed)).toEqual([16.5, 1234]);
  });
  it('reads tab-separated files', () => {
    const tsv = 'gemeente\tproduct\tstartdatum\turen_besteed\nDelft\t2a\t2024-03-01\t16,5\n';
    expect(parseUsage(tsv).rows).toEqual([row({ hoursUsed: 16.5 })]);
  });
  it('reads a ; file with only dot decimals as dot decimals', () => {
    const csv = 'gemeente;product;startdatum;uren_besteed\nDelft;2a;2024-03-01;16.5\n';
    expect(parseUsage(csv).rows).toEqual([row({ hoursUsed: 16.5 })]);
  });
  it('reads an ambiguous 1.234 in a ; file without other evidence as 1234', () => {
    const csv = 'gemeente;product;startdatum;uren_besteed;uren_beschikbaar\nDelft;2a;2024-03-01;1.234;2.000\n';
    expect(parseUsage(csv).rows).toEqual([row({ hoursUsed: 1234, hoursAvailable: 2000 })]);
  });
});

describe('parseUsage: Excel\'s sep= line', () => {
  it('takes the delimiter from it and keeps physical line numbers', () => {
    const csv = 'sep=,\r\ngemeente,product,startdatum,uren_besteed\r\nDelft,2a,2024-03-01,"16,5"\r\nDelft,9,2024-03-01,1\r\n';
    const result = parseUsage(csv);
    expect(result.rows).toEqual([row({ hoursUsed: 16.5 })]);
    expect(brief(result.errors)).toEqual([{ line: 4, column: 'product', code: 'invalid_product', value: '9' }]);
  });
});

describe('parseUsage: accepted header spellings', () => {
  it.each([
    ['start', 'end'],
    ['startdatum', 'einddatum'],
    ['start_datum', 'eind_datum'],
    ['START', 'End'],
  ])('%s / %s', (start, end) => {
    const csv = `Gemeente ; product ; ${start};${end}\nDelft;1;2024-03-01;2024-03-02\n`;
    expect(parseUsage(csv).rows).toEqual([
      row({ product: '1', hoursAvailable: null, hoursUsed: null, end: '2024-03-02' }),
    ]);
  });
  it('keeps unknown columns out, with one warning naming them all', () => {
    const csv = 'gemeente;opmerking;product;startdatum;x\nDelft;iets;1;2024-03-01;y\n';
    const result = parseUsage(csv);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings).toEqual([
      {
        line: 1,
        value: 'opmerking, x',
        code: 'unknown_column',
        message: 'Regel 1: onbekende kolommen worden genegeerd: "opmerking", "x".',
      },
    ]);
  });
  it('ignores empty trailing header cells that Excel writes', () => {
    const csv = 'gemeente;product;startdatum;;\nDelft;1;2024-03-01;;\nDelft;1;2024-03-02\n';
    const result = parseUsage(csv);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((r) => r.start)).toEqual(['2024-03-01', '2024-03-02']);
  });
});

describe('parseUsage: route aliases', () => {
  it.each([
    ['ots_prevented', 'ots_prevented'],
    ['ots_ended_early', 'ots_ended_early'],
    ['ots_required', 'ots_required'],
    ['ots_collaboration', 'ots_collaboration'],
    ['ots_voorkomen', 'ots_prevented'],
    ['ots_beeindigd', 'ots_ended_early'],
    ['ots_beëindigd', 'ots_ended_early'],
    ['OTS_Beëindigd', 'ots_ended_early'],
    ['ots_noodzakelijk', 'ots_required'],
    ['samenwerking_tijdens_ots', 'ots_collaboration'],
    ['Samenwerking tijdens OTS', 'ots_collaboration'],
    ['', null],
  ])('%j → %s', (text, route) => {
    const csv = `gemeente;product;startdatum;route\nDelft;1;2024-03-01;${text}\n`;
    expect(parseUsage(csv).rows[0]!.route).toBe(route);
  });
});

describe('parseUsage: products and hours', () => {
  it.each([
    ['1', '1', null],
    ['2a', '2a', 25],
    ['2A', '2a', 25],
    ['2b', '2b', 25],
    [' 2B ', '2b', 25],
  ])('product %j is %s with %s hours available by default', (text, product, hoursAvailable) => {
    const csv = `gemeente;product;startdatum;uren_besteed\nDelft;${text};2024-03-01;3\n`;
    expect(parseUsage(csv).rows).toEqual([row({ product: product as UsageRow['product'], hoursAvailable, hoursUsed: 3 })]);
  });
  it('keeps hours_used optional for product 1 and takes given hours available', () => {
    const csv = 'gemeente;product;startdatum;uren_beschikbaar;uren_besteed\nDelft;1;2024-03-01;4;\nDelft;1;2024-03-01;;2\n';
    expect(parseUsage(csv).rows).toEqual([
      row({ product: '1', hoursAvailable: 4, hoursUsed: null }),
      row({ product: '1', hoursAvailable: null, hoursUsed: 2 }),
    ]);
  });
  it('accepts zero hours', () => {
    const csv = 'gemeente;product;startdatum;uren_beschikbaar;uren_besteed;extra_uren_lokaal_team\nDelft;2a;2024-03-01;0;0;0\n';
    expect(parseUsage(csv).rows).toEqual([row({ hoursAvailable: 0, hoursUsed: 0, ltExtraHours: 0 })]);
    expect(parseUsage(csv).warnings).toEqual([]);
  });
});

describe('parseUsage: malformed rows', () => {
  const csv = [
    HEADER_NL,
    ';2a;2024-03-01;;;16;;;', // 2: municipality missing
    'Delft;3;2024-03-01;;;16;;;', // 3: product
    'Delft;2a;31-02-2024;;;16;;;', // 4: date does not exist
    'Delft;2a;maart;;;16;;;', // 5: no date
    'Delft;2a;2024-03-01;2024-02-01;;16;;;', // 6: end before start
    'Delft;2a;2024-03-01;;;;;;', // 7: hours_used required for 2a
    'Delft;2a;2024-03-01;;-1;12abc;-2;;', // 8: three number errors
    'Delft;2a;2024-03-01;;;1,2,3;;;', // 9: ambiguous number
    'Delft;2a;2024-03-01;;;16;;;ots_misschien', // 10: route
    'Delft;2a;2024-03-01;;;16;;', // 11: too few cells
    'Delft;2a;2024-03-01;;;16;;;;;extra', // 12: too many cells
    'Delft;2a;2024-03-01;;;16;;;;;', // 13: trailing empty cells are fine
    ';x;;;;;;;', // 14: several errors in one row
    '',
  ].join('\n');
  const result = parseUsage(csv);

  it('leaves out every row with an error and keeps the rest', () => {
    expect(result.rows).toEqual([row({})]);
  });
  it('reports every error with line, column, value and code', () => {
    expect(brief(result.errors)).toEqual([
      { line: 2, column: 'municipality', code: 'missing_value', value: undefined },
      { line: 3, column: 'product', code: 'invalid_product', value: '3' },
      { line: 4, column: 'start', code: 'invalid_date', value: '31-02-2024' },
      { line: 5, column: 'start', code: 'invalid_date', value: 'maart' },
      { line: 6, column: 'end', code: 'end_before_start', value: '2024-02-01' },
      { line: 7, column: 'hours_used', code: 'missing_value', value: undefined },
      { line: 8, column: 'hours_available', code: 'negative_number', value: '-1' },
      { line: 8, column: 'hours_used', code: 'invalid_number', value: '12abc' },
      { line: 8, column: 'lt_extra_hours', code: 'negative_number', value: '-2' },
      { line: 9, column: 'hours_used', code: 'invalid_number', value: '1,2,3' },
      { line: 10, column: 'route', code: 'invalid_route', value: 'ots_misschien' },
      { line: 11, column: undefined, code: 'too_few_cells', value: undefined },
      { line: 12, column: undefined, code: 'too_many_cells', value: undefined },
      { line: 14, column: 'municipality', code: 'missing_value', value: undefined },
      { line: 14, column: 'product', code: 'invalid_product', value: 'x' },
      { line: 14, column: 'start', code: 'missing_value', value: undefined },
    ]);
  });
  it('says what is wrong in Dutch, naming the header as written', () => {
    expect(result.errors.map((e) => e.message)).toEqual([
      'Regel 2, kolom "gemeente": de waarde ontbreekt.',
      'Regel 3, kolom "product": "3" is geen product; kies 1, 2a of 2b.',
      'Regel 4, kolom "startdatum": "31-02-2024" is geen bestaande datum.',
      'Regel 5, kolom "startdatum": "maart" is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ.',
      'Regel 6, kolom "einddatum": "2024-02-01" ligt vóór de startdatum (2024-03-01).',
      'Regel 7, kolom "uren_besteed": de waarde ontbreekt; die is verplicht voor product 2a en 2b.',
      'Regel 8, kolom "uren_beschikbaar": "-1" mag niet negatief zijn.',
      'Regel 8, kolom "uren_besteed": "12abc" is geen getal (in dit bestand is de komma het decimaalteken).',
      'Regel 8, kolom "extra_uren_lokaal_team": "-2" mag niet negatief zijn.',
      'Regel 9, kolom "uren_besteed": "1,2,3" is geen getal (in dit bestand is de komma het decimaalteken).',
      'Regel 10, kolom "route": "ots_misschien" is geen route; kies ots_voorkomen, ots_beeindigd, ots_noodzakelijk of samenwerking_tijdens_ots.',
      'Regel 11: deze regel heeft 8 cellen, de kopregel 9.',
      'Regel 12: deze regel heeft 11 cellen, de kopregel 9.',
      'Regel 14, kolom "gemeente": de waarde ontbreekt.',
      'Regel 14, kolom "product": "x" is geen product; kies 1, 2a of 2b.',
      'Regel 14, kolom "startdatum": de waarde ontbreekt.',
    ]);
    expect(result.warnings).toEqual([]);
  });
  it('says it in English too', () => {
    expect(parseUsage(csv, { lang: 'en' }).errors.map((e) => e.message).slice(0, 8)).toEqual([
      'Line 2, column "gemeente": the value is missing.',
      'Line 3, column "product": "3" is not a product; use 1, 2a or 2b.',
      'Line 4, column "startdatum": "31-02-2024" is not a real date.',
      'Line 5, column "startdatum": "maart" is not a date; write YYYY-MM-DD or DD-MM-YYYY.',
      'Line 6, column "einddatum": "2024-02-01" is before the start date (2024-03-01).',
      'Line 7, column "uren_besteed": the value is missing; it is required for products 2a and 2b.',
      'Line 8, column "uren_beschikbaar": "-1" must not be negative.',
      'Line 8, column "uren_besteed": "12abc" is not a number (this file uses a decimal comma).',
    ]);
  });
  it('names an absent column in the language of the message', () => {
    const csv2 = 'gemeente;product;startdatum\nDelft;2a;2024-03-01\n';
    const nl = parseUsage(csv2);
    expect(nl.errors).toEqual([
      {
        line: 2,
        column: 'hours_used',
        code: 'missing_value',
        message: 'Regel 2, kolom "uren_besteed": de kolom ontbreekt; die is verplicht voor product 2a en 2b.',
      },
    ]);
    expect(parseUsage(csv2, { lang: 'en' }).errors[0]!.message).toBe(
      'Line 2, column "hours_used": the column is missing; it is required for products 2a and 2b.',
    );
  });
  it('accepts an end date equal to the start date', () => {
    const csv2 = 'gemeente;product;startdatum;einddatum\nDelft;1;2024-03-01;01-03-2024\n';
    expect(parseUsage(csv2).rows[0]!.end).toBe('2024-03-01');
  });
});

describe('parseUsage: line numbers', () => {
  it('counts every line of a multi-line quoted field, with BOM and CRLF', () => {
    const csv =
      '\uFEFFgemeente;product;startdatum;casus_id\r\n' +
      'Delft;1;2024-03-01;"a\r\nb\r\nc"\r\n' + // lines 2-4
      '\r\n' + // 5: blank
      'Delft;9;2024-03-01;x\r\n'; // 6
    const result = parseUsage(csv);
    expect(result.rows.map((r) => r.caseId)).toEqual(['a\r\nb\r\nc']);
    expect(brief(result.errors)).toEqual([{ line: 6, column: 'product', code: 'invalid_product', value: '9' }]);
  });
  it('counts blank lines before the header', () => {
    const csv = '\n\ngemeente;product;startdatum\nDelft;9;2024-03-01\n';
    const result = parseUsage(csv);
    expect(brief(result.errors)).toEqual([{ line: 4, column: 'product', code: 'invalid_product', value: '9' }]);
  });
});

describe('parseUsage: files that cannot be read', () => {
  it.each([
    ['', 'empty_file', 'Het bestand is leeg.'],
    ['   \r\n\r\n', 'empty_file', 'Het bestand is leeg.'],
    ['\uFEFF', 'empty_file', 'Het bestand is leeg.'],
    [';;;\r\n;;;\r\n', 'no_header', 'Het bestand heeft geen kopregel met kolomnamen.'],
  ])('%j: %s', (text, code, message) => {
    expect(parseUsage(text)).toEqual({ rows: [], errors: [{ line: 1, code, message }], warnings: [] });
  });
  it('reports one error for missing required columns, listing them and the columns found', () => {
    const result = parseUsage('gemeente;datum\nDelft;2024-03-01\n');
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        line: 1,
        column: 'product',
        code: 'missing_column',
        message:
          'Verplichte kolommen ontbreken: "product", "start" (of "startdatum", "start_datum"). Gevonden kolommen: "gemeente", "datum".',
      },
    ]);
    expect(parseUsage('municipality,product\n', { lang: 'en' }).errors[0]!.message).toBe(
      'Required column is missing: "start" (or "startdatum", "start_datum"). Columns found: "municipality", "product".',
    );
  });
  it('reports a duplicate header on line 1, also through an alias', () => {
    const result = parseUsage('gemeente;product;start;startdatum\nDelft;1;2024-03-01;2024-03-01\n');
    expect(result).toEqual({
      rows: [],
      errors: [
        {
          line: 1,
          column: 'start',
          value: 'startdatum',
          code: 'duplicate_column',
          message: 'Regel 1: kolom "start" komt meer dan eens voor ("start", "startdatum").',
        },
      ],
      warnings: [],
    });
  });
  it('reports each duplicated name', () => {
    const result = parseUsage('gemeente;product;startdatum;Gemeente;x;X\n');
    expect(brief(result.errors)).toEqual([
      { line: 1, column: 'municipality', code: 'duplicate_column', value: 'Gemeente' },
      { line: 1, column: 'x', code: 'duplicate_column', value: 'X' },
    ]);
  });
  it('reports an unclosed quote at the line where it opened', () => {
    const csv = 'gemeente;product;startdatum\nDelft;1;2024-03-01\n"Den Haag;1;2024-03-01\nDelft;1;2024-03-01\n';
    expect(parseUsage(csv)).toEqual({
      rows: [],
      errors: [{ line: 3, code: 'unclosed_quote', message: 'Regel 3: hier opent een aanhalingsteken (") dat nergens wordt gesloten.' }],
      warnings: [],
    });
    expect(parseUsage(csv, { lang: 'en' }).errors[0]!.message).toBe('Line 3: a quote (") opens here and is never closed.');
  });
  it('gives a header-only file zero rows, no errors and a no_rows warning', () => {
    expect(parseUsage('gemeente;product;startdatum\r\n')).toEqual({
      rows: [],
      errors: [],
      warnings: [{ line: 1, code: 'no_rows', message: 'Het bestand bevat geen gegevensrijen.' }],
    });
  });
});

describe('parseUsage: the README example file', () => {
  it('loads without errors or warnings', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../fixtures/data/usage-example.csv', import.meta.url));
    const result = parseUsage(new Uint8Array(bytes));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((r) => [r.municipality, r.product, r.start, r.period, r.hoursAvailable, r.hoursUsed, r.ltExtraHours, r.route])).toEqual([
      ['Zoetermeer', '2a', '2024-01-03', '2024-Q1', 25, 16, 12.5, 'ots_prevented'],
      ['Delft', '2a', '2024-01-15', '2024-Q1', 25, 5, 25, 'ots_ended_early'],
      ['Westland', '2b', '2024-02-01', '2024-Q1', 25, 25, 30, 'ots_required'],
      ['Den Haag', '2b', '2024-02-12', '2024-Q1', 25, 18.5, null, 'ots_collaboration'],
      ['Rijswijk', '1', '2024-02-20', '2024-Q1', null, null, null, null],
    ]);
  });
});
