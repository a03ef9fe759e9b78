import { describe, expect, it } from 'vitest';
import { applyScenario, computeBusinessCase, ModelOptionError } from '../../../src/model/index.js';
import { deepFreeze, modelA } from './fixtures.js';

describe('applyScenario', () => {
  it('returns a new model with the scenario values and leaves a deep-frozen input untouched', () => {
    const original = modelA();
    const snapshot = JSON.parse(JSON.stringify(original));
    const frozen = deepFreeze(original);
    const applied = applyScenario(frozen, 'hoog');
    expect(applied).not.toBe(frozen);
    expect(applied.parameters.map((p) => [p.id, p.value])).toEqual([
      ['gezinnen', 120],
      ['aandeel', 0.4],
      ['uren', 25],
      ['tarief', 95],
    ]);
    expect(JSON.parse(JSON.stringify(frozen))).toEqual(snapshot);
    // The result shares nothing with the input: it can be changed freely.
    expect(Object.isFrozen(applied.parameters[0])).toBe(false);
    applied.items[0]!.quantity.push(2);
    expect(frozen.items[0]!.quantity).toEqual(['gezinnen', 'aandeel', 'uren']);
    // Everything else is kept, including the scenarios.
    expect(applied.scenarios).toEqual(snapshot.scenarios);
    expect(applied.title).toBe('Voorbeeld A');
  });

  it('computes the scenario case exactly', () => {
    const result = computeBusinessCase(applyScenario(modelA(), 'hoog'));
    expect(result.byItem[0]!.amounts).toEqual([120 * 0.4 * 25 * 95, 0, 120 * 0.4 * 25 * 95, 0]);
    expect(result.byItem[2]!.amounts).toEqual([30000, 60000, 60000, 60000]);
  });

  it('throws ModelOptionError for an unknown scenario, with a suggestion', () => {
    expect(() => applyScenario(modelA(), 'hoogg')).toThrow(ModelOptionError);
    try {
      applyScenario(modelA(), 'hoogg');
    } catch (e) {
      expect((e as ModelOptionError).errors[0]).toEqual({
        path: 'scenarioId',
        code: 'unknown-scenario',
        message: 'Onbekend scenario "hoogg". Bedoelde u "hoog"?',
        suggestion: 'hoog',
      });
    }
    const noScenarios = modelA();
    delete noScenarios.scenarios;
    expect(() => applyScenario(noScenarios, 'laag')).toThrow(ModelOptionError);
  });
});
