import type { Lang } from '../i18n/lang.js';
import { compileValidated } from './checked.js';
import { parameterSlot, planCase, planNpv, setEverywhere, type Plan } from './plan.js';
import type { BusinessCaseModel, CaseOptions } from './types.js';

/**
 * `breakEven(model, parameterId, options?)`: the smallest value v ≥ 0 of one parameter at which
 * the NPV is 0, with everything else at its value in the case; `null` when the NPV does not change
 * sign anywhere in the search range, or is not a finite number there (an overflow). The value is in
 * the parameter's own price year, as written in the file.
 *
 * **Search range.** [0, 100 × |value|], where value is the parameter's value in the case (base,
 * the municipality's own value, or the what-if value). When that value is 0 the range is
 * [0, 100 × high] if the parameter has a positive `high`, else [0, 100].
 *
 * **Method (exact, also when the parameter appears in several factors).** Every item amount is a
 * product of factors, so the NPV is a polynomial in v: each item contributes
 * `sign × (product of its other factors) × (present-value weight) × v^k`, where k is the number of
 * times v occurs among its factors (summed over municipalities in the region view). The roots are
 * isolated exactly: the critical points (roots of the derivative, found recursively) split the
 * range into pieces on which the NPV is monotone, each piece holds at most one root, and a piece
 * whose ends differ in sign is bisected to full double precision (far below the required relative
 * 1e-6). An exact zero at 0, or at a piece's end, counts. A root where the NPV only touches 0
 * without changing sign is found only if the NPV is exactly 0 there.
 */
export function breakEven(model: BusinessCaseModel, parameterId: string, options: CaseOptions & { lang?: Lang } = {}): number | null {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const compiled = compileValidated(model, lang);
  const slot = parameterSlot(compiled, parameterId, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  const coefficients = npvPolynomial(plan, slot);

  const value = plan.reference[slot]!;
  const high = compiled.parameters[slot]!.high;
  const upper = value !== 0 ? 100 * Math.abs(value) : typeof high === 'number' && high > 0 ? 100 * high : 100;
  // An NPV that is not a number (an overflow in the what-if or data values) has no break-even.
  if (!coefficients.every(Number.isFinite) || !Number.isFinite(upper)) return null;
  const roots = realRoots(coefficients, 0, upper);
  return roots.length > 0 ? roots[0]! : null;
}

/**
 * `npvAt(model, parameterId, values, options?)`: the NPV at each of `values` of one parameter,
 * everything else at its value in the case (in the region view the value replaces the parameter
 * in every municipality, as in `sensitivity`). One validation and compilation for all values, and
 * each NPV equals `computeBusinessCase(model, {…options, values: {[parameterId]: v}}).totals.npv`
 * to the last bit. Used for the break-even chart's curve.
 */
export function npvAt(model: BusinessCaseModel, parameterId: string, values: readonly number[], options: CaseOptions & { lang?: Lang } = {}): number[] {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const compiled = compileValidated(model, lang);
  const slot = parameterSlot(compiled, parameterId, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  return values.map((v) => {
    setEverywhere(plan, slot, v);
    return planNpv(plan);
  });
}

/** Coefficients a[k] of NPV(v) = Σ a[k] v^k for parameter slot `slot` in a plan. */
export function npvPolynomial(plan: Plan, slot: number): number[] {
  const coefficients: number[] = [0];
  for (const group of plan.groups) {
    for (const item of group.items) {
      if (item.pvWeight === 0) continue;
      let degree = 0;
      let rest = 1;
      for (const s of item.quantity) {
        if (s === slot) degree++;
        else rest *= group.values[s]!;
      }
      for (const s of item.unitCost) {
        if (s === slot) degree++;
        else rest *= group.values[s]!;
      }
      while (coefficients.length <= degree) coefficients.push(0);
      coefficients[degree]! += item.sign * rest * item.priceFactor * group.weight * item.pvWeight;
    }
  }
  return coefficients;
}

/** Horner evaluation of Σ c[k] x^k. */
export function evaluatePolynomial(c: readonly number[], x: number): number {
  let y = 0;
  for (let k = c.length - 1; k >= 0; k--) y = y * x + c[k]!;
  return y;
}

function derivative(c: readonly number[]): number[] {
  const d: number[] = [];
  for (let k = 1; k < c.length; k++) d.push(k * c[k]!);
  return d.length > 0 ? d : [0];
}

function trim(c: readonly number[]): number[] {
  let n = c.length;
  while (n > 1 && c[n - 1] === 0) n--;
  return c.slice(0, n);
}

/**
 * Sorted real roots of a polynomial in [lo, hi]: points where it changes sign, plus exact zeros at
 * the ends of its monotone pieces. A polynomial that is identically 0 has the root lo.
 */
export function realRoots(coefficients: readonly number[], lo: number, hi: number): number[] {
  const c = trim(coefficients);
  const degree = c.length - 1;
  const f = (x: number): number => evaluatePolynomial(c, x);
  if (degree === 0) return c[0] === 0 ? [lo] : [];
  if (degree === 1) {
    const root = -c[0]! / c[1]! + 0; // + 0 turns −0 into 0
    return root >= lo && root <= hi ? [root] : [];
  }
  const critical = realRoots(derivative(c), lo, hi).filter((x) => x > lo && x < hi);
  const points = [lo, ...critical, hi];
  const roots: number[] = [];
  const add = (x: number): void => {
    if (roots.length === 0 || roots[roots.length - 1] !== x) roots.push(x);
  };
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const fa = f(a);
    const fb = f(b);
    if (fa === 0) add(a);
    else if (fb !== 0 && Math.sign(fa) !== Math.sign(fb)) add(bisect(f, a, b, fa));
  }
  if (f(hi) === 0) add(hi);
  return roots;
}

/** Bisection to full double precision on [a, b] where f changes sign. */
function bisect(f: (x: number) => number, a: number, b: number, fa: number): number {
  for (let i = 0; i < 2000; i++) {
    const mid = a + (b - a) / 2;
    if (mid <= a || mid >= b) break;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else b = mid;
  }
  return a + (b - a) / 2;
}
