/**
 * Seed 003 ("Beter samenspel in de praktijk", chapter "Kosten en Baten Beter Samenspel"): every
 * row of the incidental and structural cost tables, the GI's product hours, and every row of the
 * benefits table, with a verbatim quote that the item's `source` must carry and the items of
 * the Haaglanden model that model it.
 */

export const INCIDENTAL_ROWS: Array<[string, string, string[]]> = [
  ['Training en opleiding', 'Starttraining 4 dagdelen per medewerker', ['i-starttraining-lt', 'i-starttraining-trainer', 'i-starttraining-gi']],
  ['Praktijkbegeleiding', 'Medewerkers bij eerste trajecten extra ondersteunen', ['i-praktijkbegeleiding']],
  ['Trekker/projectleider', 'Per organisatie inzet nader te bepalen', ['i-projectleider', 'i-projectleider-gi']],
  ['Implementatie werkwijze', 'Eigen implementatieplan maken per gemeente/organisatie', ['i-implementatie']],
  ['Leer-ontwikkel-teams', '1x per 3 maanden 1 dagdeel gedurende onderzoek', ['i-leer-ontwikkel-teams']],
  ['Leerwerkplaats', 'Meestal een groep van 4 tot 6 medewerkers 1x per 2 weken 2uur in een periode van 6 maanden', ['i-leerwerkplaats']],
];

export const STRUCTURAL_ROWS: Array<[string, string, string[]]> = [
  ['Training en opleiding', 'Training voor nieuwe medewerkers', ['s-training-nieuwe-medewerkers', 's-training-nieuwe-trainer']],
  ['Training en opleiding', '(jaarlijkse) onderhoudsbijeenkomst voor bestaande medewerkers', ['s-onderhoudsbijeenkomst']],
  ['Anders werken', 'Gemiddeld 20 tot 30 uur extra per casus', ['s-verklarende-analyse', 's-verklarende-analyse-2b']],
  ['Borging in de organisatie', 'De werkwijze onderdeel van vaste structuren maken', ['s-borging']],
  ['Reflectiebijeenkomsten', '1x per 3 maanden medewerkers gelegenheid geven voor reflectiebijeenkomsten', ['s-reflectie']],
  ['Lokale team blijft betrokken gedurende OTS', 'Casus wordt niet afgesloten', ['s-lt-tijdens-ots', 's-lt-bij-2b']],
];

/** The regional programme lead: the incidental table's "lokaal en regionaal" trekker, kept on as long as the programme runs. */
export const REGIONAL_LEAD: [string, string, string[]] = [
  'Trekker/projectleider',
  'Trekker/projectleider als vast aanspreekpunt lokaal en regionaal',
  ['s-programmaleiding'],
];

export const GI_HOURS: Array<[string, string, string[]]> = [
  ['Product 2a', 'Van de 25 uur die staat voor product 2a, heeft de jeugdbeschermer er 16 uur besteed', ['s-gi-2a']],
  ['Product 2b', 'De jeugdbeschermer van de GI had 25 uur beschikbaar', ['s-gi-2b']],
];

/** Benefits table: row, and for each item the quote and the stakeholder that saves. */
export const BENEFIT_ROWS: Array<[string, Array<[string, string, string]>]> = [
  [
    'Door eerdere inzet van GI bij het Lokale Team',
    [
      ['b-minder-vto', "Minder VTO'S", 'lokaal-team'],
      ['b-minder-raadsonderzoeken', 'Minder onderzoeken bij de RvdK', 'rijk'],
      ['b-minder-rechtszaken', 'minder rechtsbankkosten, advocaat kosten', 'rijk'],
      ['b-minder-rechtsbijstand', 'minder rechtsbankkosten, advocaat kosten', 'rijk'],
      ['b-minder-ots-jaar1', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-minder-ots-jaar2', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-minder-ots-jaar3', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-2b-minder-rechtszaken', 'minder rechtsbankkosten, advocaat kosten', 'rijk'],
      ['b-2b-minder-rechtsbijstand', 'minder rechtsbankkosten, advocaat kosten', 'rijk'],
      ['b-2b-minder-ots-jaar1', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-2b-minder-ots-jaar2', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
      ['b-2b-minder-ots-jaar3', 'Minder VOTS-en, minder OTS-en', 'gemeente'],
    ],
  ],
  [
    'Door blijvende samenwerking … tijdens OTS',
    [
      ['b-minder-zware-hulp-ots', 'Tijdens OTS minder inzet van zware hulp vanuit de Jeugdwet', 'gemeente'],
      ['b-ots-eerder-afgesloten', 'Doorlopende zorglijn voor betrokken gezinnen', 'gemeente'],
    ],
  ],
  ['Door uitgebreider onderzoek aan de voorkant', [['b-minder-herhaling-jeugdhulp', 'Minder herhaling van (dezelfde) jeugdhulp', 'gemeente']]],
  [
    'Door patroonherkenning en verklarende analyse',
    [['b-minder-crises', 'Minder crisissituaties, waar een fulltime medewerker soms de hele week mee bezig is', 'lokaal-team']],
  ],
  [
    'Door niet meer afsluiten als onderliggende problematiek niet is opgelost',
    [
      ['b-minder-zorgmeldingen', 'Minder zorgmeldingen, minder onderzoeken door Veilig Thuis', 'veilig-thuis'],
      ['b-minder-vt-onderzoeken', 'minder onderzoeken door Veilig Thuis', 'veilig-thuis'],
      ['b-minder-cit', 'minder betrokkenheid van het Crisis Interventie Team (CIT)', 'veilig-thuis'],
    ],
  ],
];
