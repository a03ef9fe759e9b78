import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/model/index.js';
import { modelA, modelB } from './fixtures.js';
import { modelC } from './fixtures-v2.js';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schema = ajv.compile(read('../../../data/schema/business-case.schema.json') as object);

type Loose = Record<string, unknown> & {
  items: Array<Record<string, unknown>>;
  parameters: Array<Record<string, unknown>>;
  scenarios?: Array<Record<string, unknown>>;
};

/** A version-2 model using every version-2 field once. */
function full(): Loose {
  const m = modelC() as unknown as Loose;
  m.priceYear = 2025;
  m.indices = { cpi: { '2014': 99.7, '2025': 134.9 } };
  m.parameters[2]!.priceYear = 2014;
  m.parameters[2]!.step = 50;
  m.parameters[1]!.data = { file: 'usage', measure: 'families', product: '2a', year: 2025, annualise: true };
  m.parameters[0]!.data = { file: 'indicators', indicator: 'inwoners', period: '2025-Q2' };
  m.items[0]!.stakeholder = { g: 0.5, r: 0.5 };
  m.items[0]!.nature = 'capacity';
  m.items[0]!.lag = 1;
  m.scenarios = [{ id: 'doorgaan', label: 'Doorgaan', exclude: ['r2'] }];
  (m.municipalities as Array<Record<string, unknown>>)[0]!.dataName = 'Gemeente A';
  return m;
}

const accepts = (model: unknown) => {
  const ok = schema(model);
  return ok ? true : JSON.stringify(schema.errors);
};

describe('the JSON Schema of the model file', () => {
  it('accepts version 1 and version 2 models the engine accepts', () => {
    for (const model of [modelA(), modelB(), modelC(), full()]) {
      expect(validateModel(model).errors).toEqual([]);
      expect(accepts(model)).toBe(true);
    }
  });

  it('rejects version-2 fields in a version-1 file, and an unknown version', () => {
    const v1 = modelA() as unknown as Loose;
    v1.priceYear = 2025;
    expect(schema(v1)).toBe(false);
    const lagged = modelA() as unknown as Loose;
    lagged.items[0]!.lag = 1;
    expect(schema(lagged)).toBe(false);
    expect(schema({ ...full(), version: 3 })).toBe(false);
  });

  it('rejects the version-2 error kinds it can express', () => {
    const cases: Array<[string, (m: Loose) => void]> = [
      ['unknown nature', (m) => (m.items[0]!.nature = 'tijd')],
      ['lag not a whole number', (m) => (m.items[0]!.lag = 1.5)],
      ['negative lag', (m) => (m.items[0]!.lag = -1)],
      ['share ≤ 0', (m) => (m.items[0]!.stakeholder = { g: 1.2, r: -0.2 })],
      ['allocate on a municipality item', (m) => (m.items[0]!.allocate = 'inwoners')],
      ['unknown data file', (m) => ((m.parameters[1]!.data as Record<string, unknown>).file = 'gebruik')],
      ['unknown measure', (m) => ((m.parameters[1]!.data as Record<string, unknown>).measure = 'uren')],
      ['unknown product', (m) => ((m.parameters[1]!.data as Record<string, unknown>).product = '3')],
      ['malformed period', (m) => ((m.parameters[0]!.data as Record<string, unknown>).period = '2025-Q5')],
      ['year and period', (m) => ((m.parameters[0]!.data as Record<string, unknown>).year = 2025)],
      ['neither year nor period', (m) => delete (m.parameters[1]!.data as Record<string, unknown>).year],
      ['index value ≤ 0', (m) => (m.indices = { cpi: { '2014': 0, '2025': 134.9 } })],
      ['index key not a year', (m) => (m.indices = { cpi: { '14': 99.7, '2025': 134.9 } })],
      ['price year out of range', (m) => (m.parameters[2]!.priceYear = 1800)],
      ['step ≤ 0', (m) => (m.parameters[2]!.step = 0)],
      ['exclude not a list of ids', (m) => (m.scenarios![0]!.exclude = 'r2')],
    ];
    for (const [name, breakIt] of cases) {
      const m = full();
      breakIt(m);
      expect(schema(m), name).toBe(false);
      // The engine rejects each of them too.
      expect(validateModel(m).errors.length, name).toBeGreaterThan(0);
    }
  });
});
