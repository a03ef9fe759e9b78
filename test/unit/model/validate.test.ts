import { describe, expect, it } from 'vitest';
import { computeBusinessCase, ModelValidationError, validateModel, type BusinessCaseModel } from '../../../src/model/index.js';
import { modelA, modelB } from './fixtures.js';

type Loose = Record<string, unknown> & { items: Array<Record<string, unknown>>; parameters: Array<Record<string, unknown>> };

/** modelA as a loosely typed object, to write wrong values into it. */
function loose(): Loose {
  return modelA() as unknown as Loose;
}

/** The [path, code] pairs of the errors. */
function errors(model: unknown): Array<[string, string]> {
  return validateModel(model).errors.map((e) => [e.path, e.code]);
}
function warnings(model: unknown): Array<[string, string]> {
  return validateModel(model).warnings.map((e) => [e.path, e.code]);
}

describe('validateModel', () => {
  it('accepts the worked examples without errors or warnings', () => {
    expect(validateModel(modelA())).toEqual({ errors: [], warnings: [] });
    // Municipality b sets `rate`, which has a range: the region view's what-if replaces it everywhere.
    expect(validateModel(modelB()).errors).toEqual([]);
    expect(warnings(modelB())).toEqual([['$.municipalities[1].values.rate', 'municipal-parameter-range']]);
  });

  it('reports an input that is not an object', () => {
    expect(errors(null)).toEqual([['$', 'type']]);
    expect(errors('model.json')).toEqual([['$', 'type']]);
    expect(errors([])).toEqual([['$', 'type']]);
    expect(validateModel(null).errors[0]!.message).toBe('model moet een object zijn, gevonden null.');
  });

  it('reports the wrong format and version', () => {
    const m = loose();
    m.format = 'mbc-bundle';
    m.version = 3;
    expect(errors(m)).toEqual([
      ['$.format', 'format'],
      ['$.version', 'version'],
    ]);
    expect(validateModel(m).errors[0]!.message).toBe('Dit is geen business-case-model: verwacht format "mbc-business-case", gevonden "mbc-bundle".');
    expect(validateModel(m, { lang: 'en' }).errors[1]!.message).toBe('Version 3 is not supported; expected version 1 or 2.');
  });

  it('reports missing required fields', () => {
    const m = loose();
    delete m.startYear;
    delete m.parameters[1]!.value;
    delete (m as Record<string, unknown>).items;
    expect(errors(m)).toEqual([
      ['$.startYear', 'required'],
      ['$.parameters[1].value', 'required'],
      ['$.items', 'required'],
    ]);
    expect(validateModel(m).errors[0]!.message).toBe('Verplicht veld startYear ontbreekt.');
    const n = loose();
    delete n.items[1]!.label;
    delete n.items[1]!.unitCost;
    expect(errors(n)).toEqual([
      ['$.items[1].label', 'required'],
      ['$.items[1].unitCost', 'required'],
    ]);
  });

  it('reports unknown parameter ids with a did-you-mean suggestion', () => {
    const m = loose();
    m.items[0]!.quantity = ['gezinnen', 'aandeel', 'urne'];
    const result = validateModel(m);
    expect(result.errors).toEqual([
      {
        path: '$.items[0].quantity[2]',
        code: 'unknown-parameter',
        message: 'Onbekende parameter "urne". Bedoelde u "uren"?',
        suggestion: 'uren',
      },
    ]);
    expect(validateModel(m, { lang: 'en' }).errors[0]!.message).toBe('Unknown parameter "urne". Did you mean "uren"?');
    // Nothing close: no suggestion.
    m.items[0]!.quantity = ['xyzxyzxyz'];
    expect(validateModel(m).errors[0]).toEqual({
      path: '$.items[0].quantity[0]',
      code: 'unknown-parameter',
      message: 'Onbekende parameter "xyzxyzxyz".',
    });
  });

  it('reports unknown stakeholder ids in items and PM-posts, with a suggestion', () => {
    const m = loose();
    m.items[2]!.stakeholder = 'Rijk';
    (m.pm as Array<Record<string, unknown>>)[0]!.stakeholder = 'gemente';
    const result = validateModel(m);
    expect(result.errors.map((e) => [e.path, e.code, e.suggestion])).toEqual([
      ['$.items[2].stakeholder', 'unknown-stakeholder', 'rijk'],
      ['$.pm[0].stakeholder', 'unknown-stakeholder', 'gemeente'],
    ]);
  });

  it('reports unknown parameters in scenarios and municipalities, with bracket paths for non-identifier keys', () => {
    const m = loose();
    (m.scenarios as Array<{ values: Record<string, number> }>)[0]!.values = { 'gezinnen-x': 70 };
    const b = modelB() as unknown as Loose;
    (b.municipalities as Array<{ values: Record<string, number> }>)[1]!.values = { famm: 3 };
    expect(errors(m)).toEqual([["$.scenarios[0].values['gezinnen-x']", 'unknown-parameter']]);
    expect(validateModel(m).errors[0]!.suggestion).toBe('gezinnen');
    expect(errors(b)).toEqual([['$.municipalities[1].values.famm', 'unknown-parameter']]);
  });

  it('reports duplicate ids at the second occurrence', () => {
    const m = loose();
    m.parameters.push({ id: 'uren', label: 'Nog eens uren', value: 1, unit: 'uur' });
    m.items.push({ ...m.items[1]! });
    (m.stakeholders as unknown[]).push({ id: 'rijk', label: 'Rijk 2' });
    (m.scenarios as unknown[]).push({ id: 'laag', label: 'x', values: {} });
    const result = validateModel(m);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['$.stakeholders[2].id', 'duplicate-id'],
      ['$.parameters[4].id', 'duplicate-id'],
      ['$.items[3].id', 'duplicate-id'],
      ['$.scenarios[2].id', 'duplicate-id'],
    ]);
    expect(result.errors[1]!.message).toBe('Id "uren" komt dubbel voor (eerder bij $.parameters[2].id).');
  });

  it('reports empty ids', () => {
    const m = loose();
    m.parameters[1]!.id = ' ';
    expect(errors(m)).toContainEqual(['$.parameters[1].id', 'empty-id']);
  });

  it('reports years outside the horizon and non-integer years', () => {
    const m = loose(); // horizon 4: offsets 0..3
    m.items[0]!.years = [0, 4, -1, 1.5];
    m.items[1]!.from = -1;
    expect(errors(m)).toEqual([
      ['$.items[0].years[1]', 'year-outside-horizon'],
      ['$.items[0].years[2]', 'year-outside-horizon'],
      ['$.items[0].years[3]', 'year-not-integer'],
      ['$.items[1].from', 'year-outside-horizon'],
    ]);
    expect(validateModel(m).errors[0]!.message).toBe('Jaar 4 valt buiten de looptijd (0 tot en met 3).');
  });

  it('warns about schedules that do nothing or are ignored', () => {
    const m = loose();
    m.items[0]!.years = [0, 0];
    m.items[1]!.from = 9;
    m.items[2]!.years = [1];
    m.items[2]!.ramp = [0.1, 0.2, 0.3, 0.4, 0.5];
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual([
      ['$.items[0].years[1]', 'duplicate-year'],
      ['$.items[1].from', 'never-applies'],
      ['$.items[2].years', 'ignored-field'],
      ['$.items[2].ramp', 'ramp-beyond-horizon'],
    ]);
    const n = loose();
    n.items[0]!.years = [];
    n.items[0]!.from = 1;
    expect(warnings(n)).toEqual([
      ['$.items[0].years', 'never-applies'],
      ['$.items[0].from', 'ignored-field'],
    ]);
  });

  it('reports non-numeric factors: NaN, Infinity, quoted numbers, null, booleans, objects', () => {
    const m = loose();
    m.items[0]!.quantity = [Number.NaN, Number.POSITIVE_INFINITY, '0,4', null, true, { id: 'uren' }];
    const result = validateModel(m);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['$.items[0].quantity[0]', 'factor-not-number'],
      ['$.items[0].quantity[1]', 'factor-not-number'],
      ['$.items[0].quantity[2]', 'factor-not-number'],
      ['$.items[0].quantity[3]', 'factor-not-number'],
      ['$.items[0].quantity[4]', 'factor-not-number'],
      ['$.items[0].quantity[5]', 'factor-not-number'],
    ]);
    expect(result.errors[2]!.message).toBe('Factor "0,4" is tekst; schrijf het getal zonder aanhalingstekens: 0.4.');
    expect(result.errors[0]!.message).toBe('Factor NaN is geen getal en geen parameter-id.');
    const n = loose();
    n.items[0]!.unitCost = 'tarief';
    expect(errors(n)).toEqual([['$.items[0].unitCost', 'type']]);
  });

  it('reports numbers that are not finite or of the wrong type', () => {
    const m = loose();
    m.parameters[0]!.value = Number.NaN;
    m.parameters[2]!.value = '25';
    m.items[2]!.ramp = [0.5, -1, Number.NaN];
    expect(errors(m)).toEqual([
      ['$.parameters[0].value', 'not-finite'],
      ['$.parameters[2].value', 'type'],
      ['$.items[2].ramp[1]', 'ramp-negative'],
      ['$.items[2].ramp[2]', 'not-finite'],
    ]);
    expect(validateModel(m).errors[1]!.message).toBe('value moet een getal zijn, gevonden "25".');
  });

  it('reports invalid enumerations', () => {
    const m = loose();
    m.items[0]!.type = 'kosten';
    m.items[1]!.kind = 'eenmalig';
    m.items[2]!.scope = 'land';
    expect(errors(m)).toEqual([
      ['$.items[0].type', 'invalid-enum'],
      ['$.items[1].kind', 'invalid-enum'],
      ['$.items[2].scope', 'invalid-enum'],
    ]);
    expect(validateModel(m).errors[0]!.message).toBe('type moet een van "cost", "benefit" zijn, gevonden "kosten".');
  });

  it('reports an inverted range as an error, a value outside [low, high] and an incomplete range as warnings', () => {
    const m = loose();
    m.parameters[0]!.value = 130; // range 60..120
    m.parameters[3]!.low = 100; // 100 > high 95
    m.parameters[2]!.low = 20; // no high
    const result = validateModel(m);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([['$.parameters[3]', 'range-inverted']]);
    // A stale range must not blank the whole business case: a warning with its JSON path.
    expect(result.warnings.map((e) => [e.path, e.code])).toEqual([
      ['$.parameters[0].value', 'value-out-of-range'],
      ['$.parameters[2]', 'range-incomplete'],
    ]);
    expect(result.warnings[0]!.message).toBe('Waarde 130 ligt buiten het bereik [60, 120] van parameter "gezinnen".');
  });

  it('reports base, scenario and municipality values outside the range as warnings, and still computes', () => {
    const m = loose();
    (m.scenarios as Array<{ values: Record<string, number> }>)[1]!.values = { tarief: 120 };
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual([['$.scenarios[1].values.tarief', 'value-out-of-range']]);
    expect(computeBusinessCase(m as unknown as BusinessCaseModel).totals.npv).toBeCloseTo(-16982.90758827949, 6);
    const b = modelB() as unknown as Loose;
    (b.municipalities as Array<{ values: Record<string, number> }>)[0]!.values = { rate: 90 };
    expect(errors(b)).toEqual([]);
    expect(warnings(b)).toEqual([
      ['$.municipalities[0].values.rate', 'value-out-of-range'],
      ['$.municipalities[0].values.rate', 'municipal-parameter-range'],
    ]);
    expect(validateModel(b).warnings[1]!.message).toBe(
      'Parameter "rate" heeft een bereik én eigen waarden per gemeente; in het regiototaal vervangen gevoeligheid, Monte Carlo en what-if-waarden de waarde van elke gemeente.',
    );
  });

  it('reports a discount rate outside the plausible range 0 … 0.15 as an error', () => {
    const m = loose();
    m.discountRate = 2.25;
    expect(errors(m)).toEqual([['$.discountRate', 'discount-rate-absurd']]);
    expect(validateModel(m).errors[0]!.message).toBe('Discontovoet 2.25 is onmogelijk: gebruik een fractie van 0 tot en met 1 (2,25% is 0.0225).');
    m.discountRate = -0.01;
    expect(errors(m)).toEqual([['$.discountRate', 'discount-rate-absurd']]);
    m.discountRate = 0.2;
    expect(errors(m)).toEqual([['$.discountRate', 'discount-rate-implausible']]);
    expect(() => computeBusinessCase(m as unknown as BusinessCaseModel)).toThrow(ModelValidationError);
    m.discountRate = 0.15;
    expect(errors(m)).toEqual([]);
    expect(warnings(m)).toEqual([]);
    m.discountRate = Number.POSITIVE_INFINITY;
    expect(errors(m)).toEqual([['$.discountRate', 'not-finite']]);
  });

  it('reports an absurd horizon and start year, and does not hang on them', () => {
    const m = loose();
    m.horizonYears = 1e9;
    m.startYear = 20250;
    expect(errors(m)).toEqual([
      ['$.startYear', 'start-year-out-of-range'],
      ['$.horizonYears', 'horizon-out-of-range'],
    ]);
    expect(() => computeBusinessCase(m as unknown as BusinessCaseModel)).toThrow(ModelValidationError);
    m.horizonYears = 0;
    m.startYear = 2025;
    expect(errors(m)).toEqual([['$.horizonYears', 'horizon-out-of-range']]);
  });

  it('reports a currency other than EUR and warns about a missing title and unit', () => {
    const m = loose();
    m.currency = 'USD';
    delete m.title;
    delete m.parameters[1]!.unit;
    expect(errors(m)).toEqual([['$.currency', 'currency']]);
    expect(warnings(m)).toEqual([
      ['$.title', 'missing-title'],
      ['$.parameters[1].unit', 'required'],
    ]);
  });

  it('warns about unknown fields, with a suggestion for typos', () => {
    const m = loose();
    m.discountrate = 0.03;
    m.items[0]!.unitcost = ['tarief'];
    const result = validateModel(m);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.path, w.code, w.suggestion])).toEqual([
      ['$.discountrate', 'unknown-field', 'discountRate'],
      ['$.items[0].unitcost', 'unknown-field', 'unitCost'],
    ]);
    expect(result.warnings[0]!.message).toBe('Onbekend veld discountrate; het wordt genegeerd. Bedoelde u "discountRate"?');
  });

  it('never hangs or throws on cyclic or hostile input', () => {
    const m = loose();
    m.self = m;
    m.items[0]!.again = m.items[0];
    const result = validateModel(m);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.path)).toEqual(['$.self', '$.items[0].again']);

    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(validateModel(hostile).errors).toEqual([{ path: '$', code: 'invalid-model', message: 'Het model kon niet worden gelezen: Error: boom' }]);
    expect(() => computeBusinessCase(hostile as BusinessCaseModel)).toThrow(ModelValidationError);

    const huge = loose();
    huge.items[0]!.quantity = ['x'.repeat(100000)];
    expect(errors(huge)).toEqual([['$.items[0].quantity[0]', 'unknown-parameter']]);
  });

  it('reports entries of the wrong type in lists', () => {
    const m = loose();
    (m.items as unknown[]).push(42);
    (m.stakeholders as unknown[]).push('rijk');
    expect(errors(m)).toEqual([
      ['$.stakeholders[2]', 'type'],
      ['$.items[3]', 'type'],
    ]);
  });
});

describe('did-you-mean', () => {
  it('computes the Levenshtein distance and suggests only close ids', async () => {
    const { levenshtein, suggest } = await import('../../../src/model/suggest.js');
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('uren', 'uren')).toBe(0);
    expect(suggest('Uurtarief-LT', ['uurtarief-gi', 'uurtarief-lt'])).toBe('uurtarief-lt');
    expect(suggest('gezinen', ['gezinnen', 'gezin'])).toBe('gezinnen'); // distance 1 beats 2
    expect(suggest('x', ['k', 'y'])).toBeUndefined(); // every character differs
    expect(suggest('aandeel-vto', ['kosten-raadsonderzoek'])).toBeUndefined();
  });
});

describe('validateModel remembers results by content', () => {
  it('gives the same findings for the same data, new findings after a change, and copies callers cannot share', () => {
    const m = loose();
    m.parameters[0]!.value = 130;
    const first = validateModel(m);
    expect(first.warnings.map((w) => w.code)).toEqual(['value-out-of-range']);
    first.warnings.push({ path: '$', code: 'format', message: 'changed by a caller' });
    expect(validateModel(m).warnings.map((w) => w.code)).toEqual(['value-out-of-range']);
    m.parameters[0]!.value = 100;
    expect(validateModel(m).warnings).toEqual([]);
    // Values JSON would drop or alias are part of the key: NaN is not null, a function is not absent.
    m.parameters[0]!.value = Number.NaN;
    expect(errors(m)).toEqual([['$.parameters[0].value', 'not-finite']]);
    m.parameters[0]!.value = null;
    expect(errors(m)).toEqual([['$.parameters[0].value', 'type']]);
    m.parameters[0]!.value = 100;
    m.title = () => 'titel';
    expect(errors(m)).toEqual([['$.title', 'type']]);
  });
});
