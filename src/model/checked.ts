import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { compileModel, type CompiledModel } from './compile.js';
import { ModelValidationError } from './errors.js';
import { validateModel } from './validate.js';
import type { BusinessCaseModel } from './types.js';

/** Validate and compile, or throw `ModelValidationError` with the validator's errors. */
export function compileValidated(model: BusinessCaseModel, lang: Lang = 'nl'): CompiledModel {
  const { errors, warnings } = validateModel(model, { lang });
  if (errors.length > 0) {
    const message = modelMessage(lang, 'validation-failed', { n: errors.length, first: `${errors[0]!.path}: ${errors[0]!.message}` });
    throw new ModelValidationError(message, errors, warnings);
  }
  return compileModel(model);
}
