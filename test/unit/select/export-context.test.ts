import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundleContext, bundleDate, caseSelectionContext } from '../../../src/select/export-context.js';
import { selectCase } from '../../../src/select/business-case.js';
import { EMPTY_FILTERS } from '../../../src/select/filters.js';
import type { Bundle } from '../../../src/data/types.js';
import type { BusinessCaseModel } from '../../../src/model/index.js';

const bundle: Bundle = JSON.parse(readFileSync('data/h10-bundle.json', 'utf8'));
const model: BusinessCaseModel = JSON.parse(readFileSync('data/business-case.haaglanden.json', 'utf8'));

describe('export context', () => {
  it('of bundle data: the region, one municipality or a selection, the period range and the data date', () => {
    expect(bundleContext(bundle, EMPTY_FILTERS, 'nl')).toEqual({ subject: 'Regio (totaal)', period: '2023 K1 – 2025 K4', dataDate: 't/m 2025 K4' });
    expect(bundleContext(bundle, { ...EMPTY_FILTERS, municipalities: ['Delft'], from: '2024-Q2', to: '2024-Q2' }, 'en')).toEqual({
      subject: 'Delft',
      period: '2024 Q2',
      dataDate: 'up to 2025 Q4',
    });
    expect(bundleContext(bundle, { ...EMPTY_FILTERS, municipalities: ['Delft', 'Rijswijk', 'Westland'] }, 'nl').subject).toBe('Delft, Rijswijk en Westland');
    expect(bundleDate({ ...bundle, meta: { date: '1 december 2026' } }, 'nl')).toBe('1 december 2026');
  });
  it('of a business case: the region, the municipality and the scenario’s label', () => {
    expect(caseSelectionContext(selectCase(model, { municipalities: [], scenario: '' }), 'nl')).toEqual({ subject: 'Regio (totaal)', scenario: undefined });
    expect(caseSelectionContext(selectCase(model, { municipalities: ['Delft'], scenario: 'doorgaan-pessimistisch' }), 'en')).toEqual({
      subject: 'Delft',
      scenario: 'Doorgaan, pessimistisch: minder effect, meer uren',
    });
  });
});
