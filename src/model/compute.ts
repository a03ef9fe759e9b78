import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { compileValidated } from './checked.js';
import { itemBase, type CompiledItem } from './compile.js';
import { ModelValidationError } from './errors.js';
import { itemFormula } from './formula.js';
import { planCase, type Group, type Plan } from './plan.js';
import type {
  BusinessCaseModel,
  BusinessCaseResult,
  ComputeOptions,
  ItemResult,
  MunicipalityResult,
  NatureTotals,
  StakeholderResult,
  Totals,
  YearResult,
} from './types.js';

/**
 * `computeBusinessCase(model, options?)`: yearly costs and benefits, totals (NPV, BCR, payback
 * year; cash apart from capacity), the balance per stakeholder (with its cash NPV), every item
 * with its amounts, present value and formula, the PM-posts, and where bound parameters got their
 * values (`bindings`, `dataNotes`). Throws `ModelValidationError` when `validateModel` reports
 * errors (or when what-if or data values make an amount overflow), and `ModelOptionError` for a
 * wrong option. See `CaseOptions` for which case is computed: a model with municipalities gives
 * the region total by default.
 */
export function computeBusinessCase(model: BusinessCaseModel, options: ComputeOptions = {}): BusinessCaseResult {
  const lang: Lang = options?.lang === 'en' ? 'en' : 'nl';
  const compiled = compileValidated(model, lang);
  const plan = planCase(compiled, options ?? {}, lang);
  return evaluatePlan(plan, lang);
}

/**
 * Payback tolerance: a cumulative net within 1e-9 of the total flows (at least 1e-9 euro) below 0
 * counts as 0, so that float rounding of an exact break-even never hides the payback year.
 */
const PAYBACK_TOLERANCE = 1e-9;

const series = (n: number, horizon: number) => Array.from({ length: n }, () => new Float64Array(horizon));

function overflow(item: CompiledItem, lang: Lang): ModelValidationError {
  const issue = {
    path: `$.items[${item.index}]`,
    code: 'amount-not-finite' as const,
    message: modelMessage(lang, 'amount-not-finite', { where: modelMessage(lang, 'case.values') }),
  };
  return new ModelValidationError(modelMessage(lang, 'validation-failed', { n: 1, first: `${issue.path}: ${issue.message}` }), [issue]);
}

/** The full result of a resolved plan. */
export function evaluatePlan(plan: Plan, lang: Lang): BusinessCaseResult {
  const { compiled } = plan;
  const { horizon, discountFactors, startYear } = compiled;
  const n = compiled.stakeholders.length;

  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  const incidentalCosts = new Float64Array(horizon);
  const structuralCosts = new Float64Array(horizon);
  // [0] cash, [1] capacity.
  const natureCosts = series(2, horizon);
  const natureBenefits = series(2, horizon);
  const stakeholderCosts = series(n, horizon);
  const stakeholderBenefits = series(n, horizon);
  const stakeholderCashCosts = series(n, horizon);
  const stakeholderCashBenefits = series(n, horizon);
  // Amounts per item (by position in model.items), summed over the groups it is evaluated in.
  const itemAmounts = new Map<number, Float64Array>();
  const itemGroups = new Map<number, Group[]>();
  const municipalityPv = new Map<string, { pvCosts: number; pvBenefits: number }>();

  for (const group of plan.groups) {
    let groupPvCosts = 0;
    let groupPvBenefits = 0;
    for (const item of group.items) {
      const base = itemBase(item, group.values) * group.weight;
      let amounts = itemAmounts.get(item.index);
      if (!amounts) {
        amounts = new Float64Array(horizon);
        itemAmounts.set(item.index, amounts);
        itemGroups.set(item.index, []);
      }
      itemGroups.get(item.index)!.push(group);
      const isCost = item.type === 'cost';
      const nature = item.nature === 'cash' ? 0 : 1;
      for (let t = 0; t < horizon; t++) {
        const amount = base * item.schedule[t]!;
        if (!Number.isFinite(amount)) throw overflow(item, lang);
        amounts[t]! += amount;
        (isCost ? costs : benefits)[t]! += amount;
        (isCost ? natureCosts : natureBenefits)[nature]![t]! += amount;
        if (isCost) (item.kind === 'incidental' ? incidentalCosts : structuralCosts)[t]! += amount;
        for (const [s, share] of item.shares) {
          const part = amount * share;
          (isCost ? stakeholderCosts : stakeholderBenefits)[s]![t]! += part;
          if (nature === 0) (isCost ? stakeholderCashCosts : stakeholderCashBenefits)[s]![t]! += part;
        }
        if (isCost) groupPvCosts += amount * discountFactors[t]!;
        else groupPvBenefits += amount * discountFactors[t]!;
      }
    }
    if (group.municipality) municipalityPv.set(group.municipality.id, { pvCosts: groupPvCosts, pvBenefits: groupPvBenefits });
  }

  const pv = (amounts: Float64Array): number => {
    let sum = 0;
    for (let t = 0; t < horizon; t++) sum += amounts[t]! * discountFactors[t]!;
    return sum;
  };
  const sum = (amounts: Float64Array): number => amounts.reduce((a, b) => a + b, 0);

  // Years and totals.
  const years: YearResult[] = [];
  let cumulativeNet = 0;
  let totalCosts = 0;
  let totalBenefits = 0;
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let t = 0; t < horizon; t++) {
    const net = benefits[t]! - costs[t]!;
    cumulativeNet += net;
    totalCosts += costs[t]!;
    totalBenefits += benefits[t]!;
    pvCosts += costs[t]! * discountFactors[t]!;
    pvBenefits += benefits[t]! * discountFactors[t]!;
    years.push({
      offset: t,
      year: startYear + t,
      costs: costs[t]!,
      benefits: benefits[t]!,
      net,
      cumulativeNet,
      discountFactor: discountFactors[t]!,
      incidentalCosts: incidentalCosts[t]!,
      structuralCosts: structuralCosts[t]!,
    });
  }
  const tolerance = PAYBACK_TOLERANCE * Math.max(1, totalCosts + totalBenefits);
  const payback = years.find((y) => y.cumulativeNet >= -tolerance);
  const nature = (i: 0 | 1): NatureTotals => {
    const c = pv(natureCosts[i]!);
    const b = pv(natureBenefits[i]!);
    return { pvCosts: c, pvBenefits: b, npv: b - c };
  };
  const totals: Totals = {
    costs: totalCosts,
    benefits: totalBenefits,
    net: totalBenefits - totalCosts,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    bcr: pvCosts === 0 ? null : pvBenefits / pvCosts,
    paybackYear: payback ? payback.year : null,
    cash: nature(0),
    capacity: nature(1),
  };

  const byStakeholder: StakeholderResult[] = compiled.stakeholders.map((s, i) => {
    const pc = pv(stakeholderCosts[i]!);
    const pb = pv(stakeholderBenefits[i]!);
    const cashNpv = pv(stakeholderCashBenefits[i]!) - pv(stakeholderCashCosts[i]!);
    return {
      id: s.id,
      label: s.label,
      costs: sum(stakeholderCosts[i]!),
      benefits: sum(stakeholderBenefits[i]!),
      pvCosts: pc,
      pvBenefits: pb,
      npv: pb - pc,
      cashNpv,
    };
  });

  const byItem: ItemResult[] = [];
  for (const item of compiled.items) {
    const amounts = itemAmounts.get(item.index);
    const groups = amounts ? itemGroups.get(item.index)! : plan.excluded.get(item.index);
    if (!groups) continue;
    const listed = amounts ?? new Float64Array(horizon);
    const { formula, factors, illustrative } = itemFormula(compiled, item, groups, lang);
    const result: ItemResult = {
      id: item.id,
      label: item.item.label,
      type: item.type,
      kind: item.kind,
      stakeholder: compiled.stakeholders[item.stakeholderIndex]!.id,
      shares: item.shares.map(([s, share]) => ({ stakeholder: compiled.stakeholders[s]!.id, share })),
      scope: item.scope,
      nature: item.nature,
      lag: item.lag,
      amounts: Array.from(listed),
      total: sum(listed),
      pv: pv(listed),
      formula,
      factors,
      illustrative,
    };
    if (item.item.source !== undefined) result.source = item.item.source;
    if (!amounts) result.excluded = true;
    const allocation = groups.length === 1 ? groups[0]!.allocation : undefined;
    if (allocation) result.allocation = allocation;
    byItem.push(result);
  }

  const byMunicipality: MunicipalityResult[] = [];
  if (plan.basis.kind === 'region' || plan.basis.kind === 'sum') {
    for (const group of plan.groups) {
      if (!group.municipality) continue;
      let { pvCosts: c, pvBenefits: b } = municipalityPv.get(group.municipality.id)!;
      // Each allocated region item is attributed by its key (see `Plan.regionShares`).
      for (const [index, { shares, values }] of plan.regionShares) {
        const item = compiled.items[index]!;
        const value = itemBase(item, values) * item.pvWeight * (shares.get(group.municipality.id) ?? 0);
        if (item.type === 'cost') c += value;
        else b += value;
      }
      byMunicipality.push({ id: group.municipality.id, label: group.municipality.label, pvCosts: c, pvBenefits: b, npv: b - c });
    }
  }

  const uncarried = plan.uncarried.map(({ item, values }) => ({
    id: item.id,
    label: item.item.label,
    type: item.type,
    pv: itemBase(item, values) * item.pvWeight,
  }));

  const stakeholderLabel = new Map(compiled.stakeholders.map((s) => [s.id, s.label]));
  const pm = (compiled.model.pm ?? []).map((post) => ({
    label: post.label,
    stakeholder: post.stakeholder,
    stakeholderLabel: stakeholderLabel.get(post.stakeholder) ?? post.stakeholder,
  }));

  return {
    basis: plan.basis,
    startYear,
    horizonYears: horizon,
    discountRate: compiled.discountRate,
    priceYear: compiled.priceYear,
    years,
    totals,
    byStakeholder,
    byItem,
    byMunicipality,
    pm,
    uncarried,
    bindings: plan.bindings,
    dataNotes: plan.bindings.filter((b) => b.origin === 'fallback').map((b) => ({ parameter: b.parameter, municipality: b.municipality, reason: b.reason! })),
  };
}
