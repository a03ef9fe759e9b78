import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkBundle } from '../../../src/data/check-bundle.js';

const sample = JSON.parse(readFileSync('data/h10-bundle.json', 'utf8'));
const clone = () => JSON.parse(JSON.stringify(sample));

describe('checkBundle', () => {
  it('accepts the shipped sample bundle and the test fixtures', () => {
    expect(checkBundle(sample)).toEqual([]);
    expect(checkBundle(JSON.parse(readFileSync('test/fixtures/indicators-bundle.json', 'utf8')))).toEqual([]);
  });

  it('refuses a published count from 1 to threshold − 1, naming the path', () => {
    const b = clone();
    b.usage[0] = { ...b.usage[0], indications: 3, suppressed: false };
    b.indicators[0] = { ...b.indicators[0], indicator: 'vto_filed', value: 2, suppressed: false };
    expect(checkBundle(b).map((i) => [i.code, i.path])).toEqual([
      ['unsuppressed_count', '$.usage[0].indications'],
      ['unsuppressed_count', '$.indicators[0].value'],
    ]);
    expect(checkBundle(b, 'en')[0]!.message).toBe(
      '$.usage[0].indications: the count 3 lies between 1 and 4 but is not suppressed. Make the bundle with "npx mbc-dashboard prepare".',
    );
  });

  it('knows a custom indicator by the kind its cell carries: a mean of 3 weeks is no small count', () => {
    const b = clone();
    const custom = { municipality: 'Delft', period: '2024-Q1', indicator: 'wachttijd_weken', value: 3, label: 'Wachttijd', suppressed: false };
    b.indicators = [{ ...custom, kind: 'mean', weights: ['wachtenden'] }, { ...custom, kind: 'count' }, custom, { ...custom, indicator: 'vto_filed', kind: 'mean' }, { ...custom, kind: 'median' }];
    expect(checkBundle(b).map((i) => [i.code, i.path])).toEqual([
      ['unsuppressed_count', '$.indicators[1].value'],
      ['unsuppressed_count', '$.indicators[2].value'],
      // A standard indicator keeps its own kind, whatever the cell says.
      ['unsuppressed_count', '$.indicators[3].value'],
      ['bundle_structure', '$.indicators[4]'],
    ]);
  });

  it('refuses non-finite numbers (1e400) and wrong shapes, and caps the list', () => {
    const b = JSON.parse(JSON.stringify(sample).replace('"hoursUsed":', '"hoursUsed":1e400,"x":'));
    expect(checkBundle(b).map((i) => i.code)).toContain('bundle_value');
    expect(checkBundle({ format: 'mbc-bundle', version: 1, suppressionThreshold: 5 }).map((i) => i.path)).toEqual([
      '$.municipalities', '$.periods', '$.usage', '$.usageRegion', '$.indicators', '$.indicatorsRegion',
    ]);
    expect(checkBundle(null)[0]!.path).toBe('$');
    const many = clone();
    many.usage.forEach((c: { indications: unknown }) => (c.indications = 'x'));
    const issues = checkBundle(many);
    expect(issues).toHaveLength(21);
    expect(issues[20]!.message).toMatch(/^En nog \d+ problemen in deze bundel\.$/);
  });
});

describe('normalizeBundle', () => {
  it('reads version 1 as version 2: a hidden number is "secondary" (it may have been cover)', async () => {
    const { normalizeBundle } = await import('../../../src/data/check-bundle.js');
    const v1 = JSON.parse(readFileSync('test/fixtures/h10-bundle-v1-leaky.json', 'utf8'));
    const v2 = normalizeBundle(v1);
    expect(v2.version).toBe(2);
    expect(new Set(v2.usage.map((c) => c.suppressed))).toEqual(new Set([false, 'secondary']));
    expect(new Set(v2.hoursDistribution!.map((c) => c.suppressed))).toEqual(new Set([false, 'secondary']));
  });
  it('removes bidirectional overrides from every name, so that a name cannot reverse a sentence', async () => {
    const { normalizeBundle } = await import('../../../src/data/check-bundle.js');
    const bundle = JSON.parse(readFileSync('test/fixtures/small-bundle.json', 'utf8'));
    const evil = 'Wassenaar\u202E';
    bundle.municipalities = bundle.municipalities.map((m: string) => (m === 'Wassenaar' ? evil : m));
    for (const c of bundle.usage) if (c.municipality === 'Wassenaar') c.municipality = evil;
    const clean = normalizeBundle(bundle);
    expect(clean.municipalities).toEqual(['Delft', 'Wassenaar']);
    expect(JSON.stringify(clean)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // A bundle without controls is returned as it is.
    const plain = JSON.parse(readFileSync('test/fixtures/small-bundle.json', 'utf8'));
    expect(normalizeBundle(plain)).toBe(plain);
  });
});
