/** Defaults and limits of the model format, shared by the validator and the evaluator. */

export const DEFAULT_HORIZON_YEARS = 5;
export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Above this the discount rate is outside the plausible range (an error). */
export const PLAUSIBLE_DISCOUNT_RATE_MAX = 0.15;
