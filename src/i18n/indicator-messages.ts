import type { Lang } from './lang.js';

/**
 * Strings of the indicator view (`<mbc-indicators>`) and its spec builders, in Dutch and
 * English. Keys are stable. Indicator names themselves come from the catalog
 * (`src/data/indicators.ts`) or, for a custom indicator, from the label in the data.
 */
const MESSAGES = {
  nl: {
    'level.input': 'Input: structuur en voorwaarden',
    'level.throughput': 'Throughput: proces',
    'level.outcome': 'Output en outcome',
    'level.other': 'Eigen indicatoren',
    'level.input.short': 'Input',
    'level.throughput.short': 'Throughput',
    'level.outcome.short': 'Output en outcome',

    'overview.title': 'Standaardindicatoren per jaar, naar niveau',
    'overview.axis.x': 'Jaar',
    'overview.axis.y': 'Indicator',
    'overview.year.part': '{year} ({from}–{to})',
    'overview.summary': '{n} standaardindicatoren van {from} tot en met {to}: {input} input, {throughput} throughput en {outcome} output en outcome.',
    'overview.summary.hidden': ' {n} jaarwaarden zijn afgeschermd.',
    'overview.summary.hidden.one': ' 1 jaarwaarde is afgeschermd.',
    'overview.summary.missing': ' {n} jaarwaarden ontbreken.',
    'overview.summary.missing.one': ' 1 jaarwaarde ontbreekt.',
    'overview.summary.empty': 'Er zijn geen standaardindicatoren in de gekozen periode.',

    'vto.period.title': 'Voorkomen VTO’s per kwartaal',
    'vto.period.summary': 'Van {from} tot en met {to} werden {total} VTO’s voorkomen; de meeste in {peak} ({peakValue}).',
    'vto.period.summary.empty': 'Er zijn geen voorkomen VTO’s vastgelegd in de gekozen periode.',
    'vto.period.summary.total': 'Van {from} tot en met {to} werden {total} VTO’s voorkomen.',
    'vto.municipality.title': 'Voorkomen VTO’s per gemeente',
    'vto.municipality.summary': 'De meeste voorkomen VTO’s had {top} ({topValue}), de minste {bottom} ({bottomValue}).',
    'vto.municipality.summary.one': 'In {top} werden {topValue} VTO’s voorkomen.',
    'vto.municipality.summary.empty': 'Er zijn geen voorkomen VTO’s per gemeente vastgelegd in de gekozen periode.',

    'ots.duration.title': 'Gemiddelde duur van de OTS',
    'ots.flow.title': 'OTS gestart, voorkomen en eerder beëindigd per kwartaal',
    'ots.flow.summary': 'Van {from} tot en met {to}: {started} OTS gestart, {prevented} voorkomen en {endedEarly} eerder beëindigd.',
    'ots.flow.summary.empty': 'Er zijn geen OTS-aantallen vastgelegd in de gekozen periode.',

    'trend.title': 'Verloop: {label}',
    'trend.summary': '{label}: {first} in {from} en {last} in {to}.',
    'trend.summary.one': '{label}: {value} in {period}.',
    'trend.summary.peak': ' Het hoogst was {max} in {maxPeriod}.',
    'trend.summary.empty': 'Er zijn geen waarden voor {label} in de gekozen periode.',
    'trend.summary.allHidden': 'Alle {n} waarden voor {label} in de gekozen periode zijn afgeschermd of ontbreken.',

    'summary.hidden': ' {n} waarden zijn afgeschermd en niet meegeteld.',
    'summary.hidden.one': ' 1 waarde is afgeschermd en niet meegeteld.',
    'summary.hiddenMunicipalities': ' Bij {n} gemeenten is het aantal afgeschermd.',
    'summary.hiddenMunicipalities.one': ' Bij 1 gemeente is het aantal afgeschermd.',
    'summary.lowerBound': ' Bij {n} gemeenten zijn afgeschermde kwartalen niet meegeteld (≥).',
    'summary.lowerBound.one': ' Bij 1 gemeente zijn afgeschermde kwartalen niet meegeteld (≥).',
    'summary.gaps': ' Voor {n} perioden is er geen waarde te tonen.',
    'summary.gaps.one': ' Voor 1 periode is er geen waarde te tonen.',

    'axis.period': 'Periode',
    'axis.count': 'Aantal',
    'axis.months': 'Maanden',
    'axis.percent': 'Procent',
    'axis.score': 'Score',
    'axis.value': 'Waarde',
    'axis.municipality': 'Gemeente',

    'table.indicator': 'Indicator',
    'table.level': 'Niveau',
    'table.year': 'Jaar',
    'table.period': 'Periode',
    'table.value': 'Waarde',
    'table.months': 'Maanden',
    'table.municipality': 'Gemeente',
    'table.series': 'Reeks',
    'table.note': 'Opmerking',

    'value.hidden': 'afgeschermd',
    'suppressed.legend': 'Afgeschermd (< {threshold})',
    'flag.missing_weight': 'gewicht ontbreekt; geen ongewogen gemiddelde',
    'flag.zero_weight': 'gewicht is 0',
    'flag.no_rule': 'eigen indicator: niet op te tellen',
    'flag.partial': 'niet alle gemeenten of perioden geleverd',
    'flag.suppressed_part': 'een deel is afgeschermd',
    'flag.missing': 'geen waarde geleverd',
    'flag.lower_bound': 'minstens: afgeschermde waarden niet meegeteld',
    'note.missingWeight.region': 'regiogemiddelde ontbreekt: gewicht {weights} niet aangeleverd voor {municipalities}',
    'note.missingWeight': 'gemiddelde ontbreekt: gewicht {weights} niet aangeleverd voor {municipalities}',
    'note.missingMean': '{indicator}, {periods}: {reason}.',
    'notes.label': 'Waarom een gemiddelde ontbreekt',

    'kpi.tiles': 'Kerncijfers indicatoren',
    'kpi.vtoPrevented': 'VTO’s voorkomen',
    'kpi.otsPrevented': 'OTS voorkomen',
    'kpi.otsEndedEarly': 'OTS eerder beëindigd',
    'kpi.otsDuration': 'Gem. duur OTS',
    'kpi.months': '{value} mnd',
    'kpi.range': '{from} t/m {to}',
    'kpi.latest': 'in {period}',
    'kpi.partial': 'exclusief afgeschermde waarden',

    'control.indicator': 'Indicator voor het verloop',
    'view.noIndicators': 'Deze gegevens bevatten geen indicatoren.',
  },
  en: {
    'level.input': 'Input: structure and conditions',
    'level.throughput': 'Throughput: process',
    'level.outcome': 'Output and outcome',
    'level.other': 'Custom indicators',
    'level.input.short': 'Input',
    'level.throughput.short': 'Throughput',
    'level.outcome.short': 'Output and outcome',

    'overview.title': 'Standard indicators per year, by level',
    'overview.axis.x': 'Year',
    'overview.axis.y': 'Indicator',
    'overview.year.part': '{year} ({from}–{to})',
    'overview.summary': '{n} standard indicators from {from} to {to}: {input} input, {throughput} throughput and {outcome} output and outcome.',
    'overview.summary.hidden': ' {n} yearly values are hidden.',
    'overview.summary.hidden.one': ' 1 yearly value is hidden.',
    'overview.summary.missing': ' {n} yearly values are missing.',
    'overview.summary.missing.one': ' 1 yearly value is missing.',
    'overview.summary.empty': 'There are no standard indicators in the selected period.',

    'vto.period.title': 'VTOs prevented per quarter',
    'vto.period.summary': 'From {from} to {to}, {total} VTOs were prevented; most in {peak} ({peakValue}).',
    'vto.period.summary.empty': 'No prevented VTOs were recorded in the selected period.',
    'vto.period.summary.total': 'From {from} to {to}, {total} VTOs were prevented.',
    'vto.municipality.title': 'VTOs prevented per municipality',
    'vto.municipality.summary': 'Most VTOs were prevented in {top} ({topValue}), fewest in {bottom} ({bottomValue}).',
    'vto.municipality.summary.one': '{topValue} VTOs were prevented in {top}.',
    'vto.municipality.summary.empty': 'No prevented VTOs per municipality were recorded in the selected period.',

    'ots.duration.title': 'Mean OTS duration',
    'ots.flow.title': 'OTS started, prevented and ended early per quarter',
    'ots.flow.summary': 'From {from} to {to}: {started} OTS started, {prevented} prevented and {endedEarly} ended early.',
    'ots.flow.summary.empty': 'No OTS counts were recorded in the selected period.',

    'trend.title': 'Trend: {label}',
    'trend.summary': '{label}: {first} in {from} and {last} in {to}.',
    'trend.summary.one': '{label}: {value} in {period}.',
    'trend.summary.peak': ' The highest was {max} in {maxPeriod}.',
    'trend.summary.empty': 'There are no values for {label} in the selected period.',
    'trend.summary.allHidden': 'All {n} values for {label} in the selected period are hidden or missing.',

    'summary.hidden': ' {n} values are hidden and not counted.',
    'summary.hidden.one': ' 1 value is hidden and not counted.',
    'summary.hiddenMunicipalities': ' For {n} municipalities the count is hidden.',
    'summary.hiddenMunicipalities.one': ' For 1 municipality the count is hidden.',
    'summary.lowerBound': ' For {n} municipalities hidden quarters are not counted (≥).',
    'summary.lowerBound.one': ' For 1 municipality hidden quarters are not counted (≥).',
    'summary.gaps': ' For {n} periods there is no value to show.',
    'summary.gaps.one': ' For 1 period there is no value to show.',

    'axis.period': 'Period',
    'axis.count': 'Number',
    'axis.months': 'Months',
    'axis.percent': 'Percent',
    'axis.score': 'Score',
    'axis.value': 'Value',
    'axis.municipality': 'Municipality',

    'table.indicator': 'Indicator',
    'table.level': 'Level',
    'table.year': 'Year',
    'table.period': 'Period',
    'table.value': 'Value',
    'table.months': 'Months',
    'table.municipality': 'Municipality',
    'table.series': 'Series',
    'table.note': 'Note',

    'value.hidden': 'hidden',
    'suppressed.legend': 'Hidden (< {threshold})',
    'flag.missing_weight': 'weight missing; no unweighted mean',
    'flag.zero_weight': 'weight is 0',
    'flag.no_rule': 'custom indicator: cannot be added up',
    'flag.partial': 'not all municipalities or periods supplied',
    'flag.suppressed_part': 'part of it is hidden',
    'flag.missing': 'no value supplied',
    'flag.lower_bound': 'at least: hidden values not counted',
    'note.missingWeight.region': 'no region mean: weight {weights} not supplied for {municipalities}',
    'note.missingWeight': 'no mean: weight {weights} not supplied for {municipalities}',
    'note.missingMean': '{indicator}, {periods}: {reason}.',
    'notes.label': 'Why a mean is missing',

    'kpi.tiles': 'Indicator key figures',
    'kpi.vtoPrevented': 'VTOs prevented',
    'kpi.otsPrevented': 'OTS prevented',
    'kpi.otsEndedEarly': 'OTS ended early',
    'kpi.otsDuration': 'Mean OTS duration',
    'kpi.months': '{value} months',
    'kpi.range': '{from} to {to}',
    'kpi.latest': 'in {period}',
    'kpi.partial': 'excluding hidden values',

    'control.indicator': 'Indicator for the trend',
    'view.noIndicators': 'This data holds no indicators.',
  },
} as const;

export type IndicatorMessageKey = keyof (typeof MESSAGES)['nl'];

/** An indicator-view string in the given language, with `{name}` placeholders filled from `values`. */
export function ti(lang: Lang, key: IndicatorMessageKey, values: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[lang][key] ?? MESSAGES.nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : `{${name}}`));
}

/**
 * A string about `n` things: the key's `.one` variant when `n` is 1 and one exists, else the
 * key itself; `{n}` is filled in.
 */
export function tn(lang: Lang, key: IndicatorMessageKey, n: number, values: Record<string, string | number> = {}): string {
  const one = `${key}.one`;
  return ti(lang, n === 1 && one in MESSAGES.nl ? (one as IndicatorMessageKey) : key, { ...values, n });
}

/** Whether a string is a known flag message key suffix (`missing_weight`, `partial`, …). */
export function flagKey(flag: string): IndicatorMessageKey | undefined {
  const key = `flag.${flag}`;
  return key in MESSAGES.nl ? (key as IndicatorMessageKey) : undefined;
}
