import { buildGlossary } from './glossary-build.js';

/**
 * The glossary in English: plain-language explanations of the terms a council member may not
 * know. A chunk of its own per language, so that a page loads only the language it shows
 * (`components/shared/glossary.ts`); `glossary.ts` gives both languages at once (Node, tests).
 *
 * `forms` are the words that find a term in a text: whole words, case-insensitive; an
 * abbreviation (written in capitals) only as written.
 */
export const glossary = /* @__PURE__ */ buildGlossary('en', {
  heading: 'Terms',
  explain: 'Explanation: {term}',
  terms: {
    npv: {
      term: 'Net present value (NPV)',
      forms: ['net present value', 'NPV'],
      explanation:
        'All benefits minus all costs over the whole period, where a euro in a later year counts a little less than a euro now (see discount rate). Positive means the benefits outweigh the costs.',
    },
    bcr: {
      term: 'Benefit-cost ratio',
      forms: ['benefit-cost ratio'],
      explanation: 'How many euros of benefits stand against each euro of costs, both discounted. Above 1 there are more benefits than costs.',
    },
    discountRate: {
      term: 'Discount rate',
      forms: ['discount rate'],
      explanation:
        'The percentage per year by which an amount in the future counts less than an amount now. Dutch social cost-benefit analyses have used 2.25% since 2021.',
    },
    percentiles: {
      term: 'P5 and P95',
      forms: ['P5', 'P50', 'P95'],
      explanation: 'The outcomes of the runs in order: 5% lie below P5, 95% below P95. The middle 90% lie between them; P50 is the median, the middle.',
    },
    runs: {
      term: 'Runs (Monte Carlo)',
      forms: ['runs', 'Monte Carlo'],
      explanation:
        'The business case is computed thousands of times, each time with other values within the ranges of the assumptions. Each computation is a run; together they show how certain the outcome is.',
    },
    breakEven: {
      term: 'Break-even point',
      forms: ['break-even point', 'break-even'],
      explanation: 'The value of an assumption at which the net present value is exactly zero: on one side the outcome is negative, on the other positive.',
    },
    rampUp: {
      term: 'Ramp-up',
      forms: ['ramp-up'],
      explanation: 'The first years, in which the new way of working reaches more families step by step, up to its full size.',
    },
    illustrative: {
      term: 'Illustrative',
      forms: ['illustrative'],
      explanation: 'An example value without a source, such as an hourly rate. Each municipality sets it itself, and the outcome depends on it.',
    },
    ots: {
      term: 'OTS and VOTS',
      forms: ['(V)OTS', 'VOTS', 'OTS'],
      explanation:
        'Supervision order (ondertoezichtstelling): the juvenile court places a child under the supervision of a child-protection worker, usually for a year. A VOTS is a provisional one, in an emergency.',
    },
    jbt: {
      term: 'JBT (child protection table)',
      forms: ['JBT'],
      explanation:
        'A meeting where a request for investigation is discussed with the family, the Child Protection Board, the certified institution and the local team.',
    },
    rvdk: {
      term: 'RvdK (Child Protection Board)',
      forms: ['Child Protection Board', 'RvdK'],
      explanation:
        'National body that investigates how a child is doing and asks the juvenile court for a measure where needed. The State pays for it, not the municipality.',
    },
    hidden: {
      term: 'Hidden',
      forms: ['hidden'],
      explanation:
        'Not shown, because a small number (fewer than 5) could identify a family, or because such a small number could otherwise be worked out from the other figures.',
    },
  },
});
