import { translator } from './plural.js';

/**
 * Strings of the benchmark (`<mbc-benchmark>`, `src/specs/benchmark/ranking.ts`), in Dutch and
 * English. Keys are stable. Indicator names come from the catalog or the data
 * (`src/format/indicator.ts`).
 */
const MESSAGES = {
  nl: {
    'measure.indications': 'Indicaties product {product}',
    'measure.hours-per-indication': 'Uren per indicatie, product {product}',
    'measure.over-cap-share': 'Aandeel indicaties boven het urenmaximum, product {product}',
    'measure.rate': '{measure} per 1.000 {denominator}',
    'denominator.inwoners': 'inwoners',
    'denominator.jeugdigen': 'jeugdigen',
    title: 'Gemeenten vergeleken: {measure}',

    'axis.municipality': 'Gemeente',
    'axis.rate': 'Per 1.000 {denominator}',
    'axis.count': 'Aantal',
    'axis.hours': 'Uren per indicatie',
    'axis.percent': 'Procent',
    'axis.months': 'Maanden',
    'axis.score': 'Score',
    'axis.value': 'Waarde',
    'legend.median': 'mediaan',
    'legend.quartiles': 'eerste en derde kwartiel',

    'label.ranked': '{rank}. {name}',
    'label.selected': '{label} (gekozen)',

    'table.rank': 'Plaats',
    'table.municipality': 'Gemeente',
    'table.rate': 'Per 1.000 {denominator}',
    'table.denominator': 'Aantal {denominator}',
    'table.note': 'Toelichting',
    'stat.q1': 'Eerste kwartiel',
    'stat.median': 'Mediaan',
    'stat.q3': 'Derde kwartiel',
    'stat.note': 'over {n} gerangschikte gemeenten',

    'note.selected': 'gekozen gemeente',
    'note.tie': 'gedeelde plaats',
    'note.hidden': 'afgeschermd; niet gerangschikt',
    'note.partial': 'niet over de hele periode; niet gerangschikt',
    'note.no_denominator': 'aantal {denominator} onbekend; niet gerangschikt',
    'note.no_data': 'geen gegevens',
    'note.no_indications': 'geen indicaties',
    'note.no_hours': 'uren niet geregistreerd',
    'note.missing_weight': 'gewicht ontbreekt; geen ongewogen gemiddelde',
    'note.zero_weight': 'gewicht is 0',
    'note.no_rule': 'eigen indicator: niet over perioden op te tellen',
    'note.missing': 'geen waarde geleverd',
    'value.none': '–',
    'value.noDenominator': 'geen noemer',

    'summary.empty': '{measure}, {period}: geen gemeente heeft een gepubliceerde waarde om te rangschikken.',
    'summary.one': '{measure}, {period}: alleen {top} is gerangschikt ({topValue}).',
    summary: '{measure}, {period}: het hoogst {top} ({topValue}), het laagst {bottom} ({bottomValue}).',
    'summary.spread': ' Mediaan {median}, eerste en derde kwartiel {q1} en {q3}, over {n} gerangschikte gemeenten.',
    'summary.selected': ' {name} staat op plaats {rank} van {n}.',
    'summary.selectedTie': ' {name} deelt plaats {rank} van {n}.',
    'summary.selectedUnranked': ' {name} is niet gerangschikt: {reason}.',
    'summary.hidden': ' {n} gemeenten zijn afgeschermd en niet gerangschikt.',
    'summary.hidden.one': ' 1 gemeente is afgeschermd en niet gerangschikt.',
    'summary.unranked': ' {n} gemeenten met een waarde zijn niet gerangschikt (zie de tabel).',
    'summary.unranked.one': ' 1 gemeente met een waarde is niet gerangschikt (zie de tabel).',

    'control.measure': 'Vergelijk',
    'control.product': 'Product',
    'group.usage': 'Productgebruik',
    'group.indicators': 'Indicatoren',
    'option.indications': 'Indicaties',
    'option.hours-per-indication': 'Uren per indicatie',
    'option.over-cap-share': 'Aandeel boven het urenmaximum',
    'option.product': 'Product {product}',

    'kpi.tiles': 'Kerncijfers van de vergelijking',
    'kpi.place': 'Plaats van {name}',
    'kpi.placeOf': '{rank} van {n}',
    'kpi.notRanked': 'niet gerangschikt',
    'kpi.median': 'Mediaan van de regio',
    'kpi.quartiles': 'Eerste en derde kwartiel',
    'kpi.basis': 'over {n} gerangschikte gemeenten',
    'kpi.noneChosen': 'Kies een gemeente in de filters om haar plaats te zien',
    method:
      'Plaats 1 is de hoogste waarde; gelijke waarden delen een plaats (1, 2, 2, 4). Alleen gepubliceerde waarden worden gerangschikt, onder elkaar; afgeschermde gemeenten staan los onderaan. Mediaan en kwartielen zijn van de gerangschikte waarden.',
    'view.noData': 'Er zijn geen gegevens om gemeenten te vergelijken.',
    'source.model':
      'Per 1.000 {denominator}: het aantal {denominator} per gemeente uit het model (parameter “{id}”). Een afgeschermd aantal krijgt geen waarde per 1.000.',
    'source.indicator':
      'Per 1.000 {denominator}: de laatste gepubliceerde waarde van indicator “{id}” per gemeente, tot en met {period}. Een afgeschermd aantal krijgt geen waarde per 1.000.',
    'source.none': 'Aantallen worden als aantal vergeleken: er is geen parameter of indicator “{id}” met een aantal per gemeente.',
  },
  en: {
    'measure.indications': 'Indications of product {product}',
    'measure.hours-per-indication': 'Hours per indication, product {product}',
    'measure.over-cap-share': 'Share of indications over the hours cap, product {product}',
    'measure.rate': '{measure} per 1,000 {denominator}',
    'denominator.inwoners': 'inhabitants',
    'denominator.jeugdigen': 'youths',
    title: 'Municipalities compared: {measure}',

    'axis.municipality': 'Municipality',
    'axis.rate': 'Per 1,000 {denominator}',
    'axis.count': 'Number',
    'axis.hours': 'Hours per indication',
    'axis.percent': 'Percent',
    'axis.months': 'Months',
    'axis.score': 'Score',
    'axis.value': 'Value',
    'legend.median': 'median',
    'legend.quartiles': 'first and third quartile',

    'label.ranked': '{rank}. {name}',
    'label.selected': '{label} (chosen)',

    'table.rank': 'Place',
    'table.municipality': 'Municipality',
    'table.rate': 'Per 1,000 {denominator}',
    'table.denominator': 'Number of {denominator}',
    'table.note': 'Note',
    'stat.q1': 'First quartile',
    'stat.median': 'Median',
    'stat.q3': 'Third quartile',
    'stat.note': 'of {n} ranked municipalities',

    'note.selected': 'chosen municipality',
    'note.tie': 'shared place',
    'note.hidden': 'hidden; not ranked',
    'note.partial': 'not over the whole period; not ranked',
    'note.no_denominator': 'number of {denominator} unknown; not ranked',
    'note.no_data': 'no data',
    'note.no_indications': 'no indications',
    'note.no_hours': 'hours not recorded',
    'note.missing_weight': 'weight missing; no unweighted mean',
    'note.zero_weight': 'weight is 0',
    'note.no_rule': 'custom indicator: cannot be added up over periods',
    'note.missing': 'no value supplied',
    'value.none': '–',
    'value.noDenominator': 'no denominator',

    'summary.empty': '{measure}, {period}: no municipality has a published value to rank.',
    'summary.one': '{measure}, {period}: only {top} is ranked ({topValue}).',
    summary: '{measure}, {period}: highest {top} ({topValue}), lowest {bottom} ({bottomValue}).',
    'summary.spread': ' Median {median}, first and third quartile {q1} and {q3}, of {n} ranked municipalities.',
    'summary.selected': ' {name} is in place {rank} of {n}.',
    'summary.selectedTie': ' {name} shares place {rank} of {n}.',
    'summary.selectedUnranked': ' {name} is not ranked: {reason}.',
    'summary.hidden': ' {n} municipalities are hidden and not ranked.',
    'summary.hidden.one': ' 1 municipality is hidden and not ranked.',
    'summary.unranked': ' {n} municipalities with a value are not ranked (see the table).',
    'summary.unranked.one': ' 1 municipality with a value is not ranked (see the table).',

    'control.measure': 'Compare',
    'control.product': 'Product',
    'group.usage': 'Product usage',
    'group.indicators': 'Indicators',
    'option.indications': 'Indications',
    'option.hours-per-indication': 'Hours per indication',
    'option.over-cap-share': 'Share over the hours cap',
    'option.product': 'Product {product}',

    'kpi.tiles': 'Key figures of the comparison',
    'kpi.place': 'Place of {name}',
    'kpi.placeOf': '{rank} of {n}',
    'kpi.notRanked': 'not ranked',
    'kpi.median': 'Median of the region',
    'kpi.quartiles': 'First and third quartile',
    'kpi.basis': 'of {n} ranked municipalities',
    'kpi.noneChosen': 'Choose a municipality in the filters to see its place',
    method:
      'Place 1 is the highest value; equal values share a place (1, 2, 2, 4). Only published values are ranked, among themselves; hidden municipalities are listed apart at the bottom. The median and quartiles are of the ranked values.',
    'view.noData': 'There is no data to compare municipalities.',
    'source.model':
      'Per 1,000 {denominator}: the number of {denominator} per municipality from the model (parameter “{id}”). A hidden count gets no value per 1,000.',
    'source.indicator':
      'Per 1,000 {denominator}: the latest published value of indicator “{id}” per municipality, up to and including {period}. A hidden count gets no value per 1,000.',
    'source.none': 'Counts are compared as counts: there is no parameter or indicator “{id}” with a number per municipality.',
  },
} as const;

export type BenchmarkMessageKey = keyof (typeof MESSAGES)['nl'];

/** A benchmark string in the given language, with `{name}` placeholders filled from `values`. */
export const benchmarkText = translator(MESSAGES);

/** The message key of a note (`note.partial`, …), if there is one for `reason`. */
export function noteKey(reason: string): BenchmarkMessageKey | undefined {
  const key = `note.${reason}`;
  return key in MESSAGES.nl ? (key as BenchmarkMessageKey) : undefined;
}
