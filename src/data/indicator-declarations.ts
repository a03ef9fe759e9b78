import type { MessageParams } from '../i18n/data-messages.js';
import { indicatorDefinition, kindOfUnit, type CustomIndicator, type IndicatorKind } from './indicators.js';

/**
 * The kind and weight that an indicators file declares for a custom indicator (the columns
 * `soort` / `kind` and `gewicht` / `weight`), read and checked the same way by the in-memory
 * parser and by the SQL engines. See the README, "Eigen indicatoren: soort en gewicht".
 */

/** Kind names, Dutch and English, lower case. */
const KIND_NAMES: Record<string, IndicatorKind> = {
  aantal: 'count',
  count: 'count',
  gemiddelde: 'mean',
  mean: 'mean',
  percentage: 'percent',
  percent: 'percent',
  score: 'score',
};

/** What is wrong with a row's declaration: the code, the column and the message's details. */
export interface DeclarationProblem {
  code: 'invalid_kind' | 'invalid_weight';
  column: 'kind' | 'weight';
  params: MessageParams;
}

/** A row's declaration: none, one, or a problem. */
export type ReadDeclaration = { declared?: CustomIndicator; problem?: undefined } | { declared?: undefined; problem: DeclarationProblem };

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  [...(a ?? [])].sort().join('\u0000') === [...(b ?? [])].sort().join('\u0000');

/**
 * Read one row's kind and weight (trimmed texts, null when empty) for `indicator` (as stored:
 * standard ids in lower case). A weight without a kind declares a mean. For a standard indicator
 * both must be empty or agree with the catalog, and nothing is declared.
 */
export function readDeclaration(indicator: string, kindText: string | null, weightText: string | null): ReadDeclaration {
  let kind: IndicatorKind | undefined;
  if (kindText !== null) {
    kind = KIND_NAMES[kindText.toLowerCase()];
    if (kind === undefined) return { problem: { code: 'invalid_kind', column: 'kind', params: { why: 'unknown' } } };
  }
  let weights: string[] | undefined;
  if (weightText !== null) {
    const parts = weightText.split('+').map((p) => p.trim());
    if (parts.some((p) => p === '')) return { problem: { code: 'invalid_weight', column: 'weight', params: { why: 'empty' } } };
    weights = parts.map((p) => (indicatorDefinition(p.toLowerCase()) ? p.toLowerCase() : p));
    const notCount = weights.find((w) => {
      const definition = indicatorDefinition(w);
      return definition !== undefined && definition.unit !== 'count';
    });
    if (notCount !== undefined) return { problem: { code: 'invalid_weight', column: 'weight', params: { why: 'not_count', detail: notCount } } };
    if (weights.includes(indicator)) return { problem: { code: 'invalid_weight', column: 'weight', params: { why: 'self' } } };
  }
  const definition = indicatorDefinition(indicator);
  if (definition) {
    const own = kindOfUnit(definition.unit);
    if (kind !== undefined && kind !== own) return { problem: { code: 'invalid_kind', column: 'kind', params: { why: 'standard', detail: indicator, kind: own } } };
    const ownWeights = definition.aggregate.kind === 'weighted' ? definition.aggregate.weights : undefined;
    if (weights !== undefined && !sameList(weights, ownWeights)) {
      return { problem: { code: 'invalid_weight', column: 'weight', params: { why: 'standard', detail: indicator, weights: (ownWeights ?? []).join(' + ') } } };
    }
    return {};
  }
  if (kind === 'count' && weights !== undefined) return { problem: { code: 'invalid_weight', column: 'weight', params: { why: 'count' } } };
  if (kind === undefined && weights === undefined) return {};
  return { declared: weights ? { kind: kind ?? 'mean', weights } : { kind: kind! } };
}

/** Whether two declarations say the same (weights in any order). */
export function sameDeclaration(a: CustomIndicator, b: CustomIndicator): boolean {
  return a.kind === b.kind && sameList(a.weights, b.weights);
}

/**
 * The declarations of one file, row by row: the first declaring row of an indicator sets its
 * kind and weight; a later row that declares something else is `inconsistent_kind`.
 */
export class Declarations {
  private readonly first = new Map<string, { declared: CustomIndicator; line: number }>();

  /** Record a row's declaration; returns the earlier line when it disagrees with it, else null. */
  add(indicator: string, declared: CustomIndicator, line: number): number | null {
    const earlier = this.first.get(indicator);
    if (earlier === undefined) {
      this.first.set(indicator, { declared, line });
      return null;
    }
    return sameDeclaration(earlier.declared, declared) ? null : earlier.line;
  }

  /** Every declaration, by indicator. */
  all(): Record<string, CustomIndicator> {
    return Object.fromEntries([...this.first].map(([id, { declared }]) => [id, declared]));
  }
}
