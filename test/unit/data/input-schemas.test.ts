import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseUsage } from '../../../src/data/parse-usage.js';
import { parseIndicators } from '../../../src/data/parse-indicators.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const usageSchema = ajv.compile(JSON.parse(readFileSync('data/schema/usage.schema.json', 'utf8')));
const indicatorsSchema = ajv.compile(JSON.parse(readFileSync('data/schema/indicators.schema.json', 'utf8')));

describe('JSON Schemas of the JSON input files', () => {
  it('accept rows the parser accepts, with English or Dutch keys', () => {
    // A CSV header uses one set of names (`start` next to `startdatum` is a duplicate column); JSON rows may differ from each other.
    const english = [
      { municipality: 'Delft', product: '2a', start: '2024-01-03', end: null, hours_used: 16.5, case_id: 'D-1', route: 'ots_prevented' },
      { municipality: 'Rijswijk', product: 1, start: '2024-02-04' },
    ];
    const dutch = [
      { gemeente: 'Delft', product: '2B', startdatum: '03-02-2024', uren_besteed: '12,5', route: 'ots_voorkomen' },
      { gemeente: 'Rijswijk', product: '1', startdatum: '04-02-2024', route: '' },
    ];
    for (const rows of [english, dutch]) {
      expect(usageSchema(rows), JSON.stringify(usageSchema.errors)).toBe(true);
      expect(parseUsage(JSON.stringify(rows)).errors).toEqual([]);
    }
    const indicators = [
      { gemeente: 'Delft', periode: '2024-K1', indicator: 'vto_filed', waarde: 14 },
      { gemeente: 'Delft', periode: '2024-K2', indicator: 'wachttijd', waarde: '6,5', label: 'Wachttijd (weken)', soort: 'Gemiddelde', gewicht: 'wachtenden' },
      { municipality: 'Delft', period: '2024-Q2', indicator: 'wachtenden', value: 12, label: 'Wachtenden', kind: 'count', weight: null },
    ];
    expect(indicatorsSchema(indicators), JSON.stringify(indicatorsSchema.errors)).toBe(true);
    expect(parseIndicators(JSON.stringify(indicators)).errors).toEqual([]);
  });

  it('reject what the parser rejects at file level: a missing required column, a wrong product, not an array', () => {
    expect(usageSchema([{ gemeente: 'Delft', product: '2a' }])).toBe(false);
    expect(usageSchema([{ gemeente: 'Delft', product: '3', start: '2024-01-01' }])).toBe(false);
    expect(usageSchema({ rows: [] })).toBe(false);
    expect(indicatorsSchema([{ gemeente: 'Delft', periode: '2024-Q5', indicator: 'x', waarde: 1 }])).toBe(false);
    expect(indicatorsSchema([{ gemeente: 'Delft', periode: '2024-Q1', indicator: 'x', waarde: 1, label: 'X', soort: 'mediaan' }])).toBe(false);
  });
});
