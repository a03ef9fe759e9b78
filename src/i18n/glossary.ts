import type { Lang } from './lang.js';
import type { Glossary, GlossaryEntry, GlossaryTermId, TermMatch } from './glossary-types.js';

/**
 * Plain-language explanations of the terms a council member may not know, in Dutch and
 * English: one home. Views load this module on demand (it is a chunk of its own), mark the
 * terms in their texts (`components/shared/term.ts`) and the dashboard lists them all for print.
 *
 * `forms` are the words that find a term in a text: whole words, case-insensitive; an
 * abbreviation (written in capitals) only as written.
 */
const TERMS: Record<GlossaryTermId, Record<Lang, { term: string; forms: readonly string[]; explanation: string }>> = {
  npv: {
    nl: {
      term: 'Netto contante waarde (NCW)',
      forms: ['netto contante waarde', 'NCW'],
      explanation:
        'Alle baten min alle kosten over de hele looptijd. Een euro in een later jaar telt daarbij iets minder zwaar dan een euro nu (zie discontovoet). Positief betekent: de baten wegen zwaarder dan de kosten.',
    },
    en: {
      term: 'Net present value (NPV)',
      forms: ['net present value', 'NPV'],
      explanation:
        'All benefits minus all costs over the whole period, where a euro in a later year counts a little less than a euro now (see discount rate). Positive means the benefits outweigh the costs.',
    },
  },
  bcr: {
    nl: {
      term: 'Baten-kostenverhouding',
      forms: ['baten-kostenverhouding'],
      explanation: 'Hoeveel euro aan baten er tegenover elke euro aan kosten staat, beide contant gemaakt. Boven 1 zijn er meer baten dan kosten.',
    },
    en: {
      term: 'Benefit-cost ratio',
      forms: ['benefit-cost ratio'],
      explanation: 'How many euros of benefits stand against each euro of costs, both discounted. Above 1 there are more benefits than costs.',
    },
  },
  discountRate: {
    nl: {
      term: 'Discontovoet',
      forms: ['discontovoet'],
      explanation:
        'Het percentage per jaar waarmee een bedrag in de toekomst minder zwaar telt dan een bedrag nu. Voor maatschappelijke kosten-batenanalyses is dat sinds 2021 2,25%.',
    },
    en: {
      term: 'Discount rate',
      forms: ['discount rate'],
      explanation: 'The percentage per year by which an amount in the future counts less than an amount now. Dutch social cost-benefit analyses have used 2.25% since 2021.',
    },
  },
  percentiles: {
    nl: {
      term: 'P5 en P95',
      forms: ['P5', 'P50', 'P95'],
      explanation: 'Uitkomsten van de trekkingen op volgorde: 5% ligt onder P5, 95% onder P95. Daartussen ligt de middelste 90%; P50 is de mediaan, het midden.',
    },
    en: {
      term: 'P5 and P95',
      forms: ['P5', 'P50', 'P95'],
      explanation: 'The outcomes of the runs in order: 5% lie below P5, 95% below P95. The middle 90% lie between them; P50 is the median, the middle.',
    },
  },
  runs: {
    nl: {
      term: 'Trekkingen (Monte Carlo)',
      forms: ['trekkingen', 'trekking', 'Monte Carlo'],
      explanation:
        'De business case wordt duizenden keren doorgerekend, elke keer met andere waarden binnen de bandbreedtes van de aannames. Eén zo’n berekening is een trekking; samen laten ze zien hoe zeker de uitkomst is.',
    },
    en: {
      term: 'Runs (Monte Carlo)',
      forms: ['runs', 'Monte Carlo'],
      explanation:
        'The business case is computed thousands of times, each time with other values within the ranges of the assumptions. Each computation is a run; together they show how certain the outcome is.',
    },
  },
  breakEven: {
    nl: {
      term: 'Omslagpunt',
      forms: ['omslagpunt'],
      explanation: 'De waarde van een aanname waarbij de netto contante waarde precies nul is: aan de ene kant is de uitkomst negatief, aan de andere kant positief.',
    },
    en: {
      term: 'Break-even point',
      forms: ['break-even point', 'break-even'],
      explanation: 'The value of an assumption at which the net present value is exactly zero: on one side the outcome is negative, on the other positive.',
    },
  },
  rampUp: {
    nl: {
      term: 'Ingroei',
      forms: ['ingroei'],
      explanation: 'De eerste jaren, waarin de nieuwe werkwijze stap voor stap meer gezinnen bereikt, tot de volledige omvang.',
    },
    en: {
      term: 'Ramp-up',
      forms: ['ramp-up'],
      explanation: 'The first years, in which the new way of working reaches more families step by step, up to its full size.',
    },
  },
  illustrative: {
    nl: {
      term: 'Illustratief',
      forms: ['illustratief', 'illustratieve'],
      explanation: 'Een voorbeeldwaarde zonder bron, zoals een uurtarief. Elke gemeente stelt die zelf vast, en de uitkomst hangt ervan af.',
    },
    en: {
      term: 'Illustrative',
      forms: ['illustrative'],
      explanation: 'An example value without a source, such as an hourly rate. Each municipality sets it itself, and the outcome depends on it.',
    },
  },
  ots: {
    nl: {
      term: 'OTS en VOTS',
      forms: ['(V)OTS', 'VOTS', 'OTS'],
      explanation:
        'Ondertoezichtstelling: de kinderrechter stelt een kind onder toezicht van een jeugdbeschermer, meestal voor een jaar. Een VOTS is een voorlopige OTS, in een spoedsituatie.',
    },
    en: {
      term: 'OTS and VOTS',
      forms: ['(V)OTS', 'VOTS', 'OTS'],
      explanation: 'Supervision order (ondertoezichtstelling): the juvenile court places a child under the supervision of a child-protection worker, usually for a year. A VOTS is a provisional one, in an emergency.',
    },
  },
  jbt: {
    nl: {
      term: 'JBT (Jeugdbeschermingstafel)',
      forms: ['Jeugdbeschermingstafel', 'JBT'],
      explanation: 'Overleg waar een verzoek tot onderzoek wordt besproken met het gezin, de Raad voor de Kinderbescherming, de gecertificeerde instelling en het lokale team.',
    },
    en: {
      term: 'JBT (child protection table)',
      forms: ['JBT'],
      explanation: 'A meeting where a request for investigation is discussed with the family, the Child Protection Board, the certified institution and the local team.',
    },
  },
  rvdk: {
    nl: {
      term: 'RvdK (Raad voor de Kinderbescherming)',
      forms: ['Raad voor de Kinderbescherming', 'RvdK'],
      explanation: 'Landelijke organisatie die onderzoekt hoe het met een kind gaat en de kinderrechter zo nodig om een maatregel vraagt. Het Rijk betaalt haar, niet de gemeente.',
    },
    en: {
      term: 'RvdK (Child Protection Board)',
      forms: ['Child Protection Board', 'RvdK'],
      explanation: 'National body that investigates how a child is doing and asks the juvenile court for a measure where needed. The State pays for it, not the municipality.',
    },
  },
  hidden: {
    nl: {
      term: 'Afgeschermd',
      forms: ['afgeschermd', 'afgeschermde'],
      explanation:
        'Niet getoond, omdat een klein aantal (minder dan 5) een gezin herkenbaar kan maken, of omdat zo’n klein aantal anders uit de andere cijfers is af te leiden.',
    },
    en: {
      term: 'Hidden',
      forms: ['hidden'],
      explanation: 'Not shown, because a small number (fewer than 5) could identify a family, or because such a small number could otherwise be worked out from the other figures.',
    },
  },
};

const TEXT = {
  nl: { heading: 'Begrippen', explain: 'Uitleg: {term}' },
  en: { heading: 'Terms', explain: 'Explanation: {term}' },
} as const;

/** A form as a pattern: an abbreviation only as written, a word in any case; whole words only. */
function formPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const abbreviation = /[A-Z]/.test(form) && !/[a-z]{3,}/.test(form.replace(/^[A-Z]/, ''));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, abbreviation ? 'u' : 'iu');
}

const cache = new Map<Lang, Glossary>();

/** The glossary in a language, every term with the patterns that find it. */
export function glossary(lang: Lang): Glossary {
  let found = cache.get(lang);
  if (found) return found;
  const terms = (Object.keys(TERMS) as GlossaryTermId[]).map((id) => {
    const { term, forms, explanation } = TERMS[id][lang];
    // Longer forms first, so "VOTS" wins over "OTS" and "trekkingen" over "trekking".
    const patterns = [...forms].sort((a, b) => b.length - a.length).map(formPattern);
    return { entry: { id, term, explanation } satisfies GlossaryEntry, patterns };
  });
  const find = (text: string): TermMatch[] => {
    const matches: TermMatch[] = [];
    for (const { entry, patterns } of terms) {
      let first: TermMatch | null = null;
      for (const pattern of patterns) {
        const m = pattern.exec(text);
        if (m && (!first || m.index < first.start)) first = { start: m.index, end: m.index + m[0].length, entry };
      }
      if (first && !matches.some((o) => first!.start < o.end && o.start < first!.end)) matches.push(first);
    }
    return matches.sort((a, b) => a.start - b.start);
  };
  found = { lang, entries: terms.map((t) => t.entry), ...TEXT[lang], find };
  cache.set(lang, found);
  return found;
}
