import type { Suppressed } from './types.js';
import { EquationList, isSmallCount, protectEquations, protectList, type Equation } from './suppress.js';
import { protectByAudit, type MemberInequality, type MemberSystem } from './disclosure/protect.js';

/** One indicator value, for disclosure control. */
export interface IndicatorValue {
  /** The raw value, or null when there is none (e.g. a region value that cannot be aggregated). */
  value: number | null;
  /** Hidden by primary suppression (decided by the caller). */
  hidden: boolean;
  /** A count (whole numbers that add up) or a mean / percentage / score (weighted). Default count. */
  kind?: 'count' | 'mean';
  /** For a mean: the highest value it can have (100 for a percentage); none by default. */
  max?: number;
  /** For a mean: its weight (the sum of its weight counts), which says whether it is hidden as "< 5". */
  weight?: number | null;
}

/** A published weighted mean and its parts, for {@link protectWeightedMeans} and the audit. */
export interface WeightedMeanGroup {
  /** Index of the region mean. */
  total: number;
  /** The municipality means, in tie order, with the indices of their weight counts and value × weight. */
  parts: readonly { mean: number; weights: readonly number[]; product: number }[];
}

/**
 * Secondary suppression for indicator values by the fast rules only: `values` with their
 * primary state, and the published equations among them as index lists (total last). Returns
 * the hidden flags. {@link suppressIndicators} adds the audit.
 */
export function suppressIndicatorValues(values: readonly IndicatorValue[], equations: readonly Equation[]): boolean[] {
  const hidden = Uint8Array.from(values, (v) => (v.hidden ? 1 : 0));
  protectEquations({ values: values.map((v) => v.value), hidden, equations });
  return Array.from(hidden, (h) => h === 1);
}

/**
 * Secondary suppression for weighted means by the fast rule. A region mean `V = Σ vᵢwᵢ ÷ Σ wᵢ`
 * publishes the total of the products `vᵢwᵢ`. A product is known when its mean and all its
 * weight counts are published. When exactly one non-zero product is unknown, it (and with it
 * the hidden mean) follows by subtraction; then the mean with the smallest other non-zero
 * product is hidden too (ties: first in order). Updates `hidden` in place and returns the
 * number of means it hid.
 */
export function protectWeightedMeans(groups: readonly WeightedMeanGroup[], hidden: { [index: number]: boolean | number }): number {
  let added = 0;
  for (const group of groups) {
    if (hidden[group.total]) continue;
    const unknown = (p: WeightedMeanGroup['parts'][number]): boolean => !!hidden[p.mean] || p.weights.some((w) => hidden[w]);
    const hiddenNonZero = group.parts.filter((p) => p.product > 0 && unknown(p)).length;
    if (hiddenNonZero !== 1) continue;
    let best: WeightedMeanGroup['parts'][number] | undefined;
    for (const p of group.parts) {
      if (p.product > 0 && !unknown(p) && (best === undefined || p.product < best.product)) best = p;
    }
    if (best) {
      hidden[best.mean] = Array.isArray(hidden) ? true : 1;
      added++;
    }
  }
  return added;
}

/**
 * Disclosure control for indicator values: the fast rules, then the audit loop
 * ({@link protectByAudit}) over everything published: the sums (region = Σ municipalities,
 * year = Σ quarters) and the weighted means (`region mean × Σ weights = Σ mean × weight`, which
 * is linear wherever either side of a product is published). Returns per value false
 * (published) or why it is hidden: `primary` ("< 5": a count, or a mean over a weight, of
 * 1 … threshold − 1) or `secondary` ("afgeschermd": cover, or a small one whose "< 5" would
 * reveal others).
 */
export async function suppressIndicators(
  values: readonly IndicatorValue[],
  equations: readonly Equation[],
  weighted: readonly WeightedMeanGroup[],
  threshold: number,
): Promise<Suppressed[]> {
  const n = values.length;
  // Members: the values, then one derived product (mean × weight) per part of a weighted group.
  const products = weighted.flatMap((group) => group.parts);
  const size = n + products.length;
  const memberValues = new Float64Array(size);
  const hidden = new Uint8Array(size);
  const loose = new Uint8Array(size);
  const derived = new Uint8Array(size);
  const integer = new Uint8Array(size);
  values.forEach((v, i) => {
    memberValues[i] = v.value ?? 0;
    hidden[i] = v.hidden ? 1 : 0;
    integer[i] = (v.kind ?? 'count') === 'count' && Number.isInteger(v.value ?? 0) ? 1 : 0;
  });
  products.forEach((p, j) => {
    memberValues[n + j] = p.product;
    derived[n + j] = 1;
  });
  const productOf = new Map(products.map((p, j) => [p.mean, n + j]));
  const list = new EquationList();
  for (const eq of equations) list.push(eq);

  // The fast rules first (they settle most cases in one pass).
  protectList(memberValues.subarray(0, n), hidden.subarray(0, n), list);
  protectWeightedMeans(weighted, hidden);

  const isMean = (m: number): boolean => m < n && values[m]!.kind === 'mean';
  const smallWeight = (m: number): boolean => isSmallCount(values[m]!.weight ?? null, threshold);
  /** Whether the bundle will say "< 5" for a hidden value (for a mean: of its weight). */
  const primary = (m: number): boolean => !derived[m] && !loose[m] && (isMean(m) ? smallWeight(m) : isSmallCount(memberValues[m], threshold));
  const weightsOf = new Map<number, readonly number[]>();
  for (const group of weighted) for (const part of group.parts) weightsOf.set(part.mean, part.weights);
  const system: MemberSystem = {
    values: memberValues,
    hidden,
    derived,
    integer,
    equations: list,
    inequalities: [],
    extraRelations: () => [
      ...weightedRelations(weighted, hidden, memberValues, productOf),
      // A mean shown as "< 5" says that its weights add up to 1 … threshold − 1.
      ...[...weightsOf].filter(([mean]) => hidden[mean] && primary(mean)).map(([, weights]) => ({ members: weights, coef: weights.map(() => 1), lower: 1, upper: threshold - 1 })),
    ],
    closure: (m) => [m],
    bounds(m) {
      if (derived[m]) return [0, Infinity];
      if (isMean(m)) return [0, values[m]!.max ?? Infinity];
      // The bundle says why: "< 5" (1 … threshold − 1), or "afgeschermd" (at least 1).
      return primary(m) ? [1, threshold - 1] : [1, Infinity];
    },
    canLoosen: (m) => hidden[m] === 1 && primary(m),
    loosen(m, on) {
      loose[m] = on ? 1 : 0;
    },
    sensitive(m) {
      if (derived[m]) {
        const mean = products[m - n]!.mean;
        return hidden[mean] === 1 && smallWeight(mean);
      }
      return isMean(m) ? smallWeight(m) : isSmallCount(memberValues[m], threshold);
    },
    coverCost(m) {
      if (isMean(m)) {
        const w = values[m]!.weight ?? 0;
        return w > 0 ? w : null;
      }
      return memberValues[m]! > 0 ? memberValues[m]! : null;
    },
  };
  await protectByAudit(system);
  return Array.from({ length: n }, (_, m): Suppressed => (hidden[m] ? (primary(m) ? 'primary' : 'secondary') : false));
}

/**
 * What a reader knows of the weighted means, for the hidden state now: `product = mean ×
 * weight` wherever the mean or all its weights are published, and `Σ products = region mean ×
 * Σ weights` wherever the region mean or all the weights are published.
 */
function weightedRelations(
  groups: readonly WeightedMeanGroup[],
  hidden: Uint8Array,
  values: Float64Array,
  productOf: ReadonlyMap<number, number>,
): MemberInequality[] {
  const relations: MemberInequality[] = [];
  for (const group of groups) {
    const allWeights = group.parts.flatMap((p) => p.weights);
    for (const part of group.parts) {
      const product = productOf.get(part.mean)!;
      if (!hidden[part.mean]) {
        relations.push({ members: [product, ...part.weights], coef: [1, ...part.weights.map(() => -values[part.mean]!)], lower: 0, upper: 0 });
      } else if (part.weights.every((w) => !hidden[w])) {
        const weight = part.weights.reduce((s, w) => s + values[w]!, 0);
        relations.push({ members: [product, part.mean], coef: [1, -weight], lower: 0, upper: 0 });
      }
    }
    const products = group.parts.map((p) => productOf.get(p.mean)!);
    if (!hidden[group.total]) {
      const mean = values[group.total]!;
      relations.push({ members: [...products, ...allWeights], coef: [...products.map(() => 1), ...allWeights.map(() => -mean)], lower: 0, upper: 0 });
    } else if (allWeights.every((w) => !hidden[w])) {
      const weight = allWeights.reduce((s, w) => s + values[w]!, 0);
      relations.push({ members: [...products, group.total], coef: [...products.map(() => 1), -weight], lower: 0, upper: 0 });
    }
  }
  return relations;
}
