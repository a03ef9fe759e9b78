import type { BusinessCaseModel } from '../../../src/model/index.js';

/** Small hand-checkable models for the engine's tests. */

/**
 * Worked example A (discount rate 10%, 4 years from 2025):
 * - c1: incidental cost in years 0 and 2: 90 gezinnen × 0,4 × 25 uur × € 82,50 = 74,250;
 * - c2: structural cost from year 2: 10 × 1,000 = 10,000;
 * - b1: structural benefit with a ramp [0.25, 0.5] shorter than the horizon: 90 × 1,000 × ramp.
 */
export function modelA(): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 1,
    title: 'Voorbeeld A',
    currency: 'EUR',
    startYear: 2025,
    horizonYears: 4,
    discountRate: 0.1,
    stakeholders: [
      { id: 'gemeente', label: 'Gemeente' },
      { id: 'rijk', label: 'Rijk' },
    ],
    parameters: [
      { id: 'gezinnen', label: 'Gezinnen per jaar', value: 90, low: 60, high: 120, unit: 'gezinnen' },
      { id: 'aandeel', label: 'Aandeel met analyse', value: 0.4, unit: '' },
      { id: 'uren', label: 'Extra uren per casus', value: 25, unit: 'uur' },
      { id: 'tarief', label: 'Uurtarief', value: 82.5, low: 70, high: 95, unit: '€', illustrative: true },
    ],
    items: [
      {
        id: 'c1',
        label: 'Analyse',
        type: 'cost',
        kind: 'incidental',
        stakeholder: 'gemeente',
        quantity: ['gezinnen', 'aandeel', 'uren'],
        unitCost: ['tarief'],
        years: [0, 2],
        source: 'seed 003',
      },
      { id: 'c2', label: 'Borging', type: 'cost', kind: 'structural', stakeholder: 'gemeente', quantity: [10], unitCost: [1000], from: 2 },
      {
        id: 'b1',
        label: 'Minder raadsonderzoeken',
        type: 'benefit',
        kind: 'structural',
        stakeholder: 'rijk',
        quantity: ['gezinnen'],
        unitCost: [1000],
        ramp: [0.25, 0.5],
      },
    ],
    pm: [{ label: 'Gezinnen voelen zich gehoord', stakeholder: 'gemeente' }],
    scenarios: [
      { id: 'laag', label: 'Laag', values: { gezinnen: 60 } },
      { id: 'hoog', label: 'Hoog', values: { gezinnen: 120, tarief: 95 } },
    ],
  };
}

/**
 * Worked example B (no discounting, 2 years): two municipalities and a region item.
 * - m1: structural cost, fam × rate (A: 10 × 50, B: 30 × 60; base 100 × 50);
 * - r1: incidental region cost in year 0: 1 × 1,000;
 * - b1: structural benefit, fam × € 80.
 */
export function modelB(): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 1,
    title: 'Voorbeeld B',
    startYear: 2030,
    horizonYears: 2,
    discountRate: 0,
    stakeholders: [
      { id: 'g', label: 'Gemeente' },
      { id: 'r', label: 'Regio' },
    ],
    parameters: [
      { id: 'fam', label: 'Gezinnen', value: 100, unit: 'gezinnen' },
      { id: 'rate', label: 'Tarief', value: 50, low: 40, high: 70, unit: '€ per gezin' },
      { id: 'fixed', label: 'Regionale kosten', value: 1000, unit: '€' },
    ],
    items: [
      { id: 'm1', label: 'Inzet', type: 'cost', kind: 'structural', stakeholder: 'g', quantity: ['fam'], unitCost: ['rate'] },
      {
        id: 'r1',
        label: 'Regionale projectleiding',
        type: 'cost',
        kind: 'incidental',
        stakeholder: 'r',
        quantity: [1],
        unitCost: ['fixed'],
        scope: 'region',
      },
      { id: 'b1', label: 'Besparing', type: 'benefit', kind: 'structural', stakeholder: 'g', quantity: ['fam'], unitCost: [80], scope: 'municipality' },
    ],
    municipalities: [
      { id: 'a', label: 'Gemeente A', values: { fam: 10 } },
      { id: 'b', label: 'Gemeente B', values: { fam: 30, rate: 60 } },
    ],
  };
}

/** Deep-freeze a value (objects and arrays), so that any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A minimal valid model with the given items and parameters (one stakeholder `s`, horizon 1, no discounting). */
export function tiny(
  parameters: BusinessCaseModel['parameters'],
  items: BusinessCaseModel['items'],
  extra: Partial<BusinessCaseModel> = {},
): BusinessCaseModel {
  return {
    format: 'mbc-business-case',
    version: 1,
    title: 'Klein',
    startYear: 2025,
    horizonYears: 1,
    discountRate: 0,
    stakeholders: [{ id: 's', label: 'S' }],
    parameters,
    items,
    ...extra,
  };
}
