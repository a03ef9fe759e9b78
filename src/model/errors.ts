import type { ModelIssue } from './types.js';

/**
 * Thrown by `computeBusinessCase`, `sensitivity`, `breakEven` and `monteCarlo` when
 * `validateModel` reports errors. `errors` holds exactly those errors, `warnings` the warnings.
 */
export class ModelValidationError extends Error {
  override readonly name = 'ModelValidationError';
  readonly errors: ModelIssue[];
  readonly warnings: ModelIssue[];

  constructor(message: string, errors: ModelIssue[], warnings: ModelIssue[] = []) {
    super(message);
    this.errors = errors;
    this.warnings = warnings;
  }
}

/**
 * Thrown when an argument is wrong rather than the model: an unknown municipality, scenario or
 * parameter id, a what-if value that is not a number, `municipality` together with
 * `region: true`, or an impossible number of Monte Carlo runs. `errors[0].path` names the option
 * (`options.municipality`, `scenarioId`, `parameterId`, …).
 */
export class ModelOptionError extends Error {
  override readonly name = 'ModelOptionError';
  readonly errors: ModelIssue[];

  constructor(issue: ModelIssue) {
    super(issue.message);
    this.errors = [issue];
  }
}
