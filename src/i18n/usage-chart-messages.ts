import type { Lang } from './lang.js';
import { message } from './plural.js';

/**
 * Strings of the product-usage charts that only the view draws (indications per quarter, use of
 * the hours per municipality, routes, repeat indications), in Dutch and English: apart from
 * `usage-messages.ts`, so that the dashboard's overview, which shows the tiles and the hours
 * chart only, does not load them. Keys are stable.
 */
const MESSAGES = {
  nl: {
    'usage.indications.title': 'Indicaties per kwartaal per product',
    'usage.indications.axis.x': 'Kwartaal',
    'usage.indications.axis.y': 'Aantal indicaties',
    'usage.indications.summary': '{total} indicaties {range}.',
    'usage.indications.summary.one': '1 indicatie {range}.',
    'usage.indications.summary.hidden': 'Het aantal indicaties {range} is afgeschermd.',
    'usage.indications.summary.peak': ' Het drukste kwartaal was {peak} met {n} indicaties.',
    'usage.indications.summary.peak.one': ' Het drukste kwartaal was {peak} met 1 indicatie.',
    'usage.indications.summary.empty': 'Er zijn geen indicaties in de gekozen periode.',
    'usage.indications.summary.suppressed': ' {n} cellen zijn afgeschermd omdat ze minder dan {threshold} indicaties bevatten.',
    'usage.indications.summary.suppressed.one': ' 1 cel is afgeschermd omdat die minder dan {threshold} indicaties bevat.',
    'usage.utilisation.title': 'Benutting van de uren per gemeente (2a en 2b)',
    'usage.utilisation.axis.x': 'Besteed ÷ beschikbaar',
    'usage.utilisation.axis.y': 'Gemeente',
    'usage.utilisation.summary':
      'Gemiddeld werd {share} van de beschikbare uren besteed. Het hoogst was {top} ({topShare}), het laagst {bottom} ({bottomShare}).',
    'usage.utilisation.summary.known':
      'Gemiddeld werd {share} van de beschikbare uren besteed. Van de gemeenten waarvan de benutting bekend is, was die het hoogst in {top} ({topShare}) en het laagst in {bottom} ({bottomShare}).',
    'usage.utilisation.summary.single': 'In {top} werd {topShare} van de beschikbare uren besteed.',
    'usage.utilisation.summary.onlyKnown': 'Alleen van {top} is de benutting bekend: {topShare} van de beschikbare uren.',
    'usage.utilisation.summary.hidden': 'De benutting van de uren is bij elke gemeente afgeschermd (minder dan {threshold} indicaties).',
    'usage.utilisation.summary.empty': 'Er zijn geen uren van product 2a of 2b in de gekozen periode.',
    'usage.utilisation.hidden': ' Bij {n} gemeenten is de benutting afgeschermd (minder dan {threshold} indicaties).',
    'usage.utilisation.hidden.one': ' Bij 1 gemeente is de benutting afgeschermd (minder dan {threshold} indicaties).',
    'usage.routes.title': 'Routes van de casussen',
    'usage.routes.axis.x': 'Aantal casussen',
    'usage.routes.summary': 'De meeste casussen volgden de route "{top}" ({topValue}).',
    'usage.routes.summary.known': 'Van de routes waarvan het aantal bekend is, volgden de meeste casussen de route "{top}" ({topValue}).',
    'usage.routes.summary.hidden': 'Het aantal casussen per route is afgeschermd.',
    'usage.routes.summary.empty': 'Er zijn geen routes vastgelegd in de gekozen periode.',
    'usage.repeat.title': 'Herhaalde indicaties per product',
    'usage.repeat.summary': '{repeat} van de {indications} indicaties waren een herhaling voor een gezin dat het product al eerder kreeg.',
    'usage.repeat.summary.one': '1 van de {indications} indicaties was een herhaling voor een gezin dat het product al eerder kreeg.',
    'usage.repeat.summary.unknown':
      'Het aantal herhaalde indicaties kan niet worden getoond: er zijn geen casus-id’s, of de aantallen zijn te klein om te publiceren.',
    'usage.partial.note': ' Met * of ≥ gemarkeerde cijfers tellen alleen de gepubliceerde cellen; afgeschermde cellen (minder dan 5) vallen erbuiten.',
    'route.ots_prevented': 'OTS voorkomen',
    'route.ots_ended_early': 'OTS eerder beëindigd',
    'route.ots_required': 'OTS toch nodig',
    'route.ots_collaboration': 'Samenwerking tijdens OTS',
    'table.municipality': 'Gemeente',
    'table.route': 'Route',
    'table.cases': 'Casussen',
    'table.hoursUsed': 'Uren besteed',
    'table.hoursAvailable': 'Uren beschikbaar',
    'table.utilisation': 'Benutting',
    'table.families': 'Gezinnen',
    'table.repeat': 'Herhaald',
    'table.period': 'Kwartaal',
  },
  en: {
    'usage.indications.title': 'Indications per quarter per product',
    'usage.indications.axis.x': 'Quarter',
    'usage.indications.axis.y': 'Number of indications',
    'usage.indications.summary': '{total} indications {range}.',
    'usage.indications.summary.one': '1 indication {range}.',
    'usage.indications.summary.hidden': 'The number of indications {range} is hidden.',
    'usage.indications.summary.peak': ' The busiest quarter was {peak} with {n} indications.',
    'usage.indications.summary.peak.one': ' The busiest quarter was {peak} with 1 indication.',
    'usage.indications.summary.empty': 'There are no indications in the selected period.',
    'usage.indications.summary.suppressed': ' {n} cells are hidden because they hold fewer than {threshold} indications.',
    'usage.indications.summary.suppressed.one': ' 1 cell is hidden because it holds fewer than {threshold} indications.',
    'usage.utilisation.title': 'Use of the available hours per municipality (2a and 2b)',
    'usage.utilisation.axis.x': 'Used ÷ available',
    'usage.utilisation.axis.y': 'Municipality',
    'usage.utilisation.summary': 'On average {share} of the available hours were used. Highest was {top} ({topShare}), lowest {bottom} ({bottomShare}).',
    'usage.utilisation.summary.known':
      'On average {share} of the available hours were used. Of the municipalities whose use is known, it was highest in {top} ({topShare}) and lowest in {bottom} ({bottomShare}).',
    'usage.utilisation.summary.single': 'In {top}, {topShare} of the available hours were used.',
    'usage.utilisation.summary.onlyKnown': 'Only for {top} is the use known: {topShare} of the available hours.',
    'usage.utilisation.summary.hidden': 'The use of the hours is hidden for every municipality (fewer than {threshold} indications).',
    'usage.utilisation.summary.empty': 'There are no hours of product 2a or 2b in the selected period.',
    'usage.utilisation.hidden': ' For {n} municipalities the use is hidden (fewer than {threshold} indications).',
    'usage.utilisation.hidden.one': ' For 1 municipality the use is hidden (fewer than {threshold} indications).',
    'usage.routes.title': 'Routes the cases took',
    'usage.routes.axis.x': 'Number of cases',
    'usage.routes.summary': 'Most cases took the route "{top}" ({topValue}).',
    'usage.routes.summary.known': 'Of the routes whose count is known, most cases took the route "{top}" ({topValue}).',
    'usage.routes.summary.hidden': 'The number of cases per route is hidden.',
    'usage.routes.summary.empty': 'No routes were recorded in the selected period.',
    'usage.repeat.title': 'Repeat indications per product',
    'usage.repeat.summary': '{repeat} of the {indications} indications repeated a product for a family that had it before.',
    'usage.repeat.summary.one': '1 of the {indications} indications repeated a product for a family that had it before.',
    'usage.repeat.summary.unknown': 'Repeat indications cannot be shown: there are no case ids, or the counts are too small to publish.',
    'usage.partial.note': ' Figures marked * or ≥ count the published cells only; hidden cells (fewer than 5) are left out.',
    'route.ots_prevented': 'OTS prevented',
    'route.ots_ended_early': 'OTS ended early',
    'route.ots_required': 'OTS still needed',
    'route.ots_collaboration': 'Collaboration during OTS',
    'table.municipality': 'Municipality',
    'table.route': 'Route',
    'table.cases': 'Cases',
    'table.hoursUsed': 'Hours used',
    'table.hoursAvailable': 'Hours available',
    'table.utilisation': 'Use',
    'table.families': 'Families',
    'table.repeat': 'Repeats',
    'table.period': 'Quarter',
  },
} as const;

export type UsageChartMessageKey = keyof (typeof MESSAGES)['nl'];

/** A string of the product-usage view's charts in the given language, with `{name}` placeholders filled from `values`. */
export function usageChartText(lang: Lang, key: UsageChartMessageKey, values: Record<string, string | number> = {}): string {
  return message(MESSAGES, lang, key, values);
}
