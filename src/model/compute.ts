import type { Lang } from '../i18n/lang.js';
import { compileValidated, itemBase, planCase, type CompiledItem, type Group, type Plan } from './compile.js';
import { itemFormula } from './formula.js';
import type {
  BusinessCaseModel,
  BusinessCaseResult,
  ComputeOptions,
  ItemResult,
  MunicipalityResult,
  StakeholderResult,
  Totals,
  YearResult,
} from './types.js';

/**
 * `computeBusinessCase(model, options?)`: yearly costs and benefits, totals (NPV, BCR, payback
 * year), the balance per stakeholder, every item with its amounts, present value and formula, and
 * the PM-posts. Throws `ModelValidationError` only when `validateModel` reports errors, and
 * `ModelOptionError` for a wrong option. See `CaseOptions` for which case is computed: a model
 * with municipalities gives the region total by default.
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

/** The full result of a resolved plan. */
export function evaluatePlan(plan: Plan, lang: Lang): BusinessCaseResult {
  const { compiled } = plan;
  const { horizon, discountFactors, startYear } = compiled;
  const stakeholderCount = compiled.stakeholders.length;

  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  const incidentalCosts = new Float64Array(horizon);
  const structuralCosts = new Float64Array(horizon);
  const stakeholderCosts = Array.from({ length: stakeholderCount }, () => new Float64Array(horizon));
  const stakeholderBenefits = Array.from({ length: stakeholderCount }, () => new Float64Array(horizon));
  // Amounts per item (by position in model.items), summed over the groups it is evaluated in.
  const itemAmounts = new Map<number, Float64Array>();
  const itemGroups = new Map<number, Group[]>();
  const byMunicipality: MunicipalityResult[] = [];

  for (const group of plan.groups) {
    let groupPvCosts = 0;
    let groupPvBenefits = 0;
    for (const item of group.items) {
      const base = itemBase(item, group.values);
      let amounts = itemAmounts.get(item.index);
      if (!amounts) {
        amounts = new Float64Array(horizon);
        itemAmounts.set(item.index, amounts);
        itemGroups.set(item.index, []);
      }
      itemGroups.get(item.index)!.push(group);
      const isCost = item.type === 'cost';
      for (let t = 0; t < horizon; t++) {
        const amount = base * item.schedule[t]!;
        amounts[t]! += amount;
        if (isCost) {
          costs[t]! += amount;
          if (item.kind === 'incidental') incidentalCosts[t]! += amount;
          else structuralCosts[t]! += amount;
          stakeholderCosts[item.stakeholderIndex]![t]! += amount;
          groupPvCosts += amount * discountFactors[t]!;
        } else {
          benefits[t]! += amount;
          stakeholderBenefits[item.stakeholderIndex]![t]! += amount;
          groupPvBenefits += amount * discountFactors[t]!;
        }
      }
    }
    if (plan.basis.kind === 'region' && group.municipality) {
      byMunicipality.push({
        id: group.municipality.id,
        label: group.municipality.label,
        pvCosts: groupPvCosts,
        pvBenefits: groupPvBenefits,
        npv: groupPvBenefits - groupPvCosts,
      });
    }
  }

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
  const totals: Totals = {
    costs: totalCosts,
    benefits: totalBenefits,
    net: totalBenefits - totalCosts,
    pvCosts,
    pvBenefits,
    npv: pvBenefits - pvCosts,
    bcr: pvCosts === 0 ? null : pvBenefits / pvCosts,
    paybackYear: payback ? payback.year : null,
  };

  const pv = (amounts: Float64Array): number => {
    let sum = 0;
    for (let t = 0; t < horizon; t++) sum += amounts[t]! * discountFactors[t]!;
    return sum;
  };
  const sum = (amounts: Float64Array): number => amounts.reduce((a, b) => a + b, 0);

  const byStakeholder: StakeholderResult[] = compiled.stakeholders.map((s, i) => {
    const sc = stakeholderCosts[i]!;
    const sb = stakeholderBenefits[i]!;
    const pc = pv(sc);
    const pb = pv(sb);
    return { id: s.id, label: s.label, costs: sum(sc), benefits: sum(sb), pvCosts: pc, pvBenefits: pb, npv: pb - pc };
  });

  const byItem: ItemResult[] = [];
  const evaluated = compiled.items.filter((item: CompiledItem) => itemAmounts.has(item.index));
  for (const item of evaluated) {
    const amounts = itemAmounts.get(item.index)!;
    const { formula, factors, illustrative } = itemFormula(compiled, item, itemGroups.get(item.index)!, lang);
    const result: ItemResult = {
      id: item.id,
      label: item.item.label,
      type: item.type,
      kind: item.kind,
      stakeholder: item.item.stakeholder,
      scope: item.scope,
      amounts: Array.from(amounts),
      total: sum(amounts),
      pv: pv(amounts),
      formula,
      factors,
      illustrative,
    };
    if (item.item.source !== undefined) result.source = item.item.source;
    byItem.push(result);
  }

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
    years,
    totals,
    byStakeholder,
    byItem,
    byMunicipality,
    pm,
  };
}
