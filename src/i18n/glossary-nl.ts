import { buildGlossary } from './glossary-build.js';

/**
 * The glossary in Dutch: plain-language explanations of the terms a council member may not
 * know. A chunk of its own per language, so that a page loads only the language it shows
 * (`components/shared/glossary.ts`); `glossary.ts` gives both languages at once (Node, tests).
 *
 * `forms` are the words that find a term in a text: whole words, case-insensitive; an
 * abbreviation (written in capitals) only as written.
 */
export const glossary = /* @__PURE__ */ buildGlossary('nl', {
  heading: 'Begrippen',
  explain: 'Uitleg: {term}',
  terms: {
    npv: {
      term: 'Netto contante waarde (NCW)',
      forms: ['netto contante waarde', 'NCW'],
      explanation:
        'Alle baten min alle kosten over de hele looptijd. Een euro in een later jaar telt daarbij iets minder zwaar dan een euro nu (zie discontovoet). Positief betekent: de baten wegen zwaarder dan de kosten.',
    },
    bcr: {
      term: 'Baten-kostenverhouding',
      forms: ['baten-kostenverhouding'],
      explanation: 'Hoeveel euro aan baten er tegenover elke euro aan kosten staat, beide contant gemaakt. Boven 1 zijn er meer baten dan kosten.',
    },
    discountRate: {
      term: 'Discontovoet',
      forms: ['discontovoet'],
      explanation:
        'Het percentage per jaar waarmee een bedrag in de toekomst minder zwaar telt dan een bedrag nu. Voor maatschappelijke kosten-batenanalyses is dat sinds 2021 2,25%.',
    },
    percentiles: {
      term: 'P5 en P95',
      forms: ['P5', 'P50', 'P95'],
      explanation:
        'Uitkomsten van de trekkingen op volgorde: 5% ligt onder P5, 95% onder P95. Daartussen ligt de middelste 90%; P50 is de mediaan, het midden.',
    },
    runs: {
      term: 'Trekkingen (Monte Carlo)',
      forms: ['trekkingen', 'trekking', 'Monte Carlo'],
      explanation:
        'De business case wordt duizenden keren doorgerekend, elke keer met andere waarden binnen de bandbreedtes van de aannames. Eén zo’n berekening is een trekking; samen laten ze zien hoe zeker de uitkomst is.',
    },
    breakEven: {
      term: 'Omslagpunt',
      forms: ['omslagpunt'],
      explanation:
        'De waarde van een aanname waarbij de netto contante waarde precies nul is: aan de ene kant is de uitkomst negatief, aan de andere kant positief.',
    },
    rampUp: {
      term: 'Ingroei',
      forms: ['ingroei'],
      explanation: 'De eerste jaren, waarin de nieuwe werkwijze stap voor stap meer gezinnen bereikt, tot de volledige omvang.',
    },
    illustrative: {
      term: 'Illustratief',
      forms: ['illustratief', 'illustratieve'],
      explanation: 'Een voorbeeldwaarde zonder bron, zoals een uurtarief. Elke gemeente stelt die zelf vast, en de uitkomst hangt ervan af.',
    },
    ots: {
      term: 'OTS en VOTS',
      forms: ['(V)OTS', 'VOTS', 'OTS'],
      explanation:
        'Ondertoezichtstelling: de kinderrechter stelt een kind onder toezicht van een jeugdbeschermer, meestal voor een jaar. Een VOTS is een voorlopige OTS, in een spoedsituatie.',
    },
    jbt: {
      term: 'JBT (Jeugdbeschermingstafel)',
      forms: ['Jeugdbeschermingstafel', 'JBT'],
      explanation:
        'Overleg waar een verzoek tot onderzoek wordt besproken met het gezin, de Raad voor de Kinderbescherming, de gecertificeerde instelling en het lokale team.',
    },
    rvdk: {
      term: 'RvdK (Raad voor de Kinderbescherming)',
      forms: ['Raad voor de Kinderbescherming', 'RvdK'],
      explanation:
        'Landelijke organisatie die onderzoekt hoe het met een kind gaat en de kinderrechter zo nodig om een maatregel vraagt. Het Rijk betaalt haar, niet de gemeente.',
    },
    hidden: {
      term: 'Afgeschermd',
      forms: ['afgeschermd', 'afgeschermde'],
      explanation:
        'Niet getoond, omdat een klein aantal (minder dan 5) een gezin herkenbaar kan maken, of omdat zo’n klein aantal anders uit de andere cijfers is af te leiden.',
    },
  },
});
