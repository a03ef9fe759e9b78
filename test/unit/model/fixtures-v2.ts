import type { Bundle, UsageCell, IndicatorCell } from '../../../src/data/types.js';
import type { BusinessCaseModel } from '../../../src/model/index.js';
import { usageCell } from '../../../src/data/usage-cell.js';

/** Small hand-checkable version-2 models and a bundle for the engine's tests. */

/** A version-2 model: one stakeholder `s`, horizon 1, no discounting, the given parts. */
export function tinyV2(parts: Partial<BusinessCaseModel> & Pick<BusinessCaseModel, 'parameters' | 'items'>): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 2,
    title: 'Klein v2',
    startYear: 2026,
    horizonYears: 1,
    discountRate: 0,
    stakeholders: [{ id: 's', label: 'S' }],
    ...parts,
  };
}

/**
 * Worked example C (allocation): municipalities A (30,000 inhabitants, 5 families) and B (10,000,
 * 15 families); horizon 1, no discounting.
 * - m1: municipality cost, families × € 10 (A 50, B 150);
 * - r1: region cost € 1,000, allocated by inhabitants (A 3/4 = 750, B 1/4 = 250);
 * - r2: region cost € 200, not allocated.
 */
export function modelC(): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 2,
    title: 'Voorbeeld C',
    startYear: 2026,
    horizonYears: 1,
    discountRate: 0,
    stakeholders: [
      { id: 'g', label: 'Gemeente' },
      { id: 'r', label: 'Regio' },
    ],
    parameters: [
      { id: 'inwoners', label: 'Inwoners', value: 40000, unit: 'inwoners' },
      { id: 'gezinnen', label: 'Gezinnen', value: 20, unit: 'gezinnen' },
      { id: 'projectleiding', label: 'Regionale projectleiding', value: 1000, unit: '€' },
    ],
    items: [
      { id: 'm1', label: 'Inzet', type: 'cost', kind: 'structural', stakeholder: 'g', quantity: ['gezinnen'], unitCost: [10] },
      {
        id: 'r1',
        label: 'Projectleiding',
        type: 'cost',
        kind: 'structural',
        stakeholder: 'r',
        quantity: [1],
        unitCost: ['projectleiding'],
        scope: 'region',
        allocate: 'inwoners',
      },
      { id: 'r2', label: 'Website', type: 'cost', kind: 'structural', stakeholder: 'r', quantity: [1], unitCost: [200], scope: 'region' },
    ],
    municipalities: [
      { id: 'a', label: 'Gemeente A', values: { inwoners: 30000, gezinnen: 5 } },
      { id: 'b', label: 'Gemeente B', values: { inwoners: 10000, gezinnen: 15 } },
    ],
  };
}

function usage(municipality: string, period: string, product: '1' | '2a' | '2b', values: Partial<UsageCell>): UsageCell {
  return usageCell({ municipality, period, product, ...values });
}

function indicator(municipality: string, period: string, id: string, value: number | null, suppressed: IndicatorCell['suppressed'] = false): IndicatorCell {
  return { municipality, period, indicator: id, value, label: null, suppressed };
}

/**
 * A bundle with two quarters of 2025 (2025-Q1, 2025-Q2):
 * - Gemeente A, 2a: 12 + 8 = 20 indications; families 10 in Q1 but missing (null) in Q2; hours 150 + 90.
 * - Gemeente B, 2a: Q1 suppressed (the cell still holds 3, which must never be read), Q2 6.
 * - Region, 2a: 30 + 20 = 50 indications.
 * - Indicators vto_prevented: A 7 (Q1) and 5 (Q2); B Q2 suppressed; region 9 and 6.
 */
export function bundleAB(): Bundle {
  return {
    format: 'mbc-bundle',
    version: 2,
    suppressionThreshold: 5,
    municipalities: ['Gemeente A', 'Gemeente B'],
    periods: ['2025-Q1', '2025-Q2'],
    usage: [
      usage('Gemeente A', '2025-Q1', '2a', { indications: 12, families: 10, hoursUsed: 150 }),
      usage('Gemeente A', '2025-Q2', '2a', { indications: 8, families: null, hoursUsed: 90 }),
      usage('Gemeente B', '2025-Q1', '2a', { indications: 3, suppressed: 'primary' }),
      usage('Gemeente B', '2025-Q2', '2a', { indications: 6, families: 6, hoursUsed: 80 }),
    ],
    usageRegion: [
      usage('__region__', '2025-Q1', '2a', { indications: 30, families: 25, hoursUsed: 400 }),
      usage('__region__', '2025-Q2', '2a', { indications: 20, families: 18, hoursUsed: 260 }),
    ],
    indicators: [
      indicator('Gemeente A', '2025-Q1', 'vto_prevented', 7),
      indicator('Gemeente A', '2025-Q2', 'vto_prevented', 5),
      indicator('Gemeente B', '2025-Q2', 'vto_prevented', null, 'primary'),
    ],
    indicatorsRegion: [indicator('__region__', '2025-Q1', 'vto_prevented', 9), indicator('__region__', '2025-Q2', 'vto_prevented', 6)],
    warnings: [],
  };
}
