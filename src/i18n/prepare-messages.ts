import { translator } from './plural.js';

/**
 * Warnings that `prepare` puts into a bundle's `warnings` (with `line: 0`: they are about the
 * data as a whole, not about one input line). Parse warnings are never copied into a bundle:
 * they name single rows, and a bundle holds aggregates only.
 */
const PREPARE = {
  nl: {
    period_mix:
      'Indicatoren voor {value} komen zowel per jaar als per kwartaal voor. Jaar- en kwartaalwaarden worden nooit bij elkaar opgeteld; regiowaarden gelden per periode zoals aangeleverd.',
    missing_weight:
      'Geen regiowaarde voor {indicator} in {period}: het gewicht ({weights}) ontbreekt voor {municipalities}. Er wordt geen ongewogen gemiddelde gebruikt.',
    zero_weight: 'Geen regiowaarde voor {indicator} in {period}: het totale gewicht ({weights}) is 0.',
    no_rule:
      'Indicator {indicator} is geen standaardindicator en heeft geen regel om op te tellen: er is geen regiowaarde. Voor de privacy wordt hij als aantal behandeld. Geef in de kolom soort op wat hij is.',
    no_weight:
      'Indicator {indicator} is {kind} zonder gewicht: er is geen regiowaarde, en de waarden worden getoond zoals aangeleverd. Geef in de kolom gewicht de aantallen op die hem wegen, dan worden kleine groepen afgeschermd.',
  },
  en: {
    period_mix:
      'Indicators for {value} come both per year and per quarter. Yearly and quarterly values are never added together; region values hold per period as supplied.',
    missing_weight: 'No region value for {indicator} in {period}: the weight ({weights}) is missing for {municipalities}. No unweighted mean is used.',
    zero_weight: 'No region value for {indicator} in {period}: the total weight ({weights}) is 0.',
    no_rule:
      'Indicator {indicator} is not a standard indicator and has no rule for adding it up: there is no region value. For privacy it is treated as a count. Give its kind in the kind column.',
    no_weight:
      'Indicator {indicator} is {kind} without a weight: there is no region value, and the values are shown as supplied. Give the counts that weight it in the weight column, so that small groups are hidden.',
  },
} as const;

export type PrepareWarningCode = keyof (typeof PREPARE)['nl'];

/** The message of a bundle warning in `lang`. */
export const prepareMessage = translator(PREPARE);
