import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { ModelOptionError } from './errors.js';
import { suggest } from './suggest.js';
import type { BusinessCaseModel } from './types.js';

/**
 * `applyScenario(model, scenarioId)`: a new model in which every parameter the scenario names has
 * the scenario's value and, in a version-2 model, every item the scenario's `exclude` names has
 * `excluded: true` (the engine leaves it out of every total). Everything else, including
 * `scenarios` and `municipalities`, is copied
 * unchanged. The input is never mutated (it may be frozen); the result shares nothing with it.
 * Scenario values for unknown parameters are ignored here (`validateModel` reports them).
 * Throws `ModelOptionError` (`unknown-scenario`, with a suggestion) for an unknown id.
 */
export function applyScenario(model: BusinessCaseModel, scenarioId: string, options: { lang?: Lang } = {}): BusinessCaseModel {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const scenarios = Array.isArray(model?.scenarios) ? model.scenarios : [];
  const scenario = scenarios.find((s) => s && s.id === scenarioId);
  if (!scenario) {
    const id = String(scenarioId);
    const suggestion = suggest(
      id,
      scenarios.filter((s) => s && typeof s.id === 'string').map((s) => s.id),
    );
    const hint = suggestion === undefined ? '' : modelMessage(lang, 'did-you-mean', { suggestion });
    throw new ModelOptionError({
      path: 'scenarioId',
      code: 'unknown-scenario',
      message: modelMessage(lang, 'unknown-scenario', { id, hint }),
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
  const copy = structuredClone(model) as BusinessCaseModel;
  const values = scenario.values ?? {};
  if (Array.isArray(copy.parameters)) {
    for (const parameter of copy.parameters) {
      if (parameter && typeof parameter.id === 'string' && Object.hasOwn(values, parameter.id)) {
        parameter.value = values[parameter.id]!;
      }
    }
  }
  const exclude = copy.version === 2 && Array.isArray(scenario.exclude) ? scenario.exclude : [];
  if (exclude.length && Array.isArray(copy.items)) {
    for (const item of copy.items) if (item && exclude.includes(item.id)) item.excluded = true;
  }
  return copy;
}
