import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/data/prepare.js';
import type { UsageRow } from '../../../src/data/types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}data/schema/bundle.schema.json`, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const errors = (data: unknown): string[] => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const row = (municipality: string, i: number): UsageRow => ({
  municipality,
  product: '2a',
  start: '2024-02-01',
  end: null,
  period: '2024-Q1',
  hoursAvailable: 25,
  hoursUsed: 10 + i,
  ltExtraHours: 12.5,
  caseId: `${municipality}-${i}`,
  route: 'ots_prevented',
});

describe('data/schema/bundle.schema.json', () => {
  it('validates the shipped sample bundle', async () => {
    const bundle = JSON.parse(readFileSync(`${root}data/h10-bundle.json`, 'utf8')) as unknown;
    expect(errors(bundle)).toEqual([]);
  });

  it('validates what prepare writes, suppressed cells and flags included', async () => {
    const bundle = await prepare(
      {
        usage: [...Array.from({ length: 2 }, (_, i) => row('Wassenaar', i)), ...Array.from({ length: 9 }, (_, i) => row('Delft', i))],
        indicators: [
          { municipality: 'Delft', period: '2024', indicator: 'eigen', value: 3, label: 'Eigen' },
          { municipality: 'Delft', period: '2024-Q1', indicator: 'satisfaction', value: 70, label: null },
        ],
      },
      { meta: { synthetic: true } },
    );
    expect(bundle.usage.some((c) => c.suppressed)).toBe(true);
    expect(bundle.indicatorsRegion.find((c) => c.indicator === 'satisfaction')?.missingWeight).toEqual({ weights: ['survey_responses'], municipalities: ['Delft'] });
    expect(errors(bundle)).toEqual([]);
    expect(errors(await prepare({}))).toEqual([]);
  });

  it('rejects a wrong format, a published value in a suppressed cell and unknown keys', async () => {
    const bundle = await prepare({ usage: [...Array.from({ length: 2 }, (_, i) => row('Wassenaar', i)), ...Array.from({ length: 9 }, (_, i) => row('Delft', i))] });
    expect(errors({ ...bundle, format: 'other' })).toEqual(['/format must be equal to constant']);
    const leaky = { ...bundle, usage: bundle.usage.map((c) => (c.suppressed ? { ...c, indications: 2 } : c)) };
    expect(errors(leaky)).toEqual(expect.arrayContaining(['/usage/1/indications must be null', '/usage/4/indications must be null']));
    expect(errors({ ...bundle, extra: 1 })).toEqual([' must NOT have additional properties']);
    expect(errors({ ...bundle, usageRegion: [{ ...bundle.usageRegion[1]!, municipality: 'Delft' }] })).toContain('/usageRegion/0/municipality must be equal to constant');
  });
});
