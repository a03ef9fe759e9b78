import type { Bundle, IndicatorCell, Product, Suppressed, UsageCell, UsageField } from '../../../src/data/types.js';
import { usageCell } from '../../../src/data/usage-cell.js';

/** Small hand-made bundles for the benchmark tests (threshold 5). */

/** A usage cell: `indications` null means hidden with `suppressed` (primary by default). */
export function usage(
  municipality: string,
  period: string,
  product: Product,
  indications: number | null,
  extra: Partial<UsageCell> & { hidden?: Suppressed; hiddenFields?: UsageField[] } = {},
): UsageCell {
  const { hidden, hiddenFields, ...rest } = extra;
  const suppressed: Suppressed = indications === null ? (hidden ?? 'primary') : false;
  return usageCell({
    municipality,
    period,
    product,
    indications,
    suppressed,
    ...(hiddenFields ? { suppressedFields: Object.fromEntries(hiddenFields.map((f) => [f, 'secondary'])) } : {}),
    ...rest,
  });
}

/** An indicator cell: `value` null with `hidden` is hidden; null without it is absent ("–"). */
export function indicator(
  municipality: string,
  period: string,
  id: string,
  value: number | null,
  hidden: Suppressed = false,
  label: string | null = null,
): IndicatorCell {
  return { municipality, period, indicator: id, value: hidden ? null : value, label, suppressed: hidden };
}

export function bundleOf(municipalities: string[], periods: string[], cells: { usage?: UsageCell[]; indicators?: IndicatorCell[] }): Bundle {
  return {
    format: 'mbc-bundle',
    version: 2,
    suppressionThreshold: 5,
    municipalities,
    periods,
    usage: cells.usage ?? [],
    usageRegion: [],
    indicators: cells.indicators ?? [],
    indicatorsRegion: [],
    warnings: [],
  };
}

/** A model with a value of `inwoners` (or another parameter) per municipality. */
export function modelWith(values: Record<string, number>, parameter = 'inwoners', extra: Record<string, unknown> = {}) {
  return {
    parameters: [{ id: parameter, label: parameter === 'inwoners' ? 'Inwoners' : parameter, unit: '', value: 1 }],
    municipalities: Object.entries(values).map(([label, value]) => ({
      id: label.toLowerCase().replace(/\s+/g, '-'),
      label,
      values: { [parameter]: value },
      ...extra,
    })),
  };
}

export const SIX = ['Delft', 'Den Haag', 'Midden-Delfland', 'Rijswijk', 'Wassenaar', 'Westland'];

/**
 * Indications of product 2a over two quarters, hand-made:
 *
 * | municipality    | 2024-Q1      | 2024-Q2 | sum       | inhabitants | per 1,000 |
 * | Delft           | 10           | 10      | 20        | 80,000      | 0.25      |
 * | Den Haag        | 30           | 30      | 60        | 400,000     | 0.15      |
 * | Midden-Delfland | < 5          | 0       | < 5       | 20,000      | –         |
 * | Rijswijk        | 5            | 5       | 10        | 40,000      | 0.25      |
 * | Wassenaar       | afgeschermd  | 6       | afgeschermd | 25,000    | –         |
 * | Westland        | 8            | 12      | 20        | 200,000     | 0.10      |
 */
export const TWO_QUARTERS = bundleOf(SIX, ['2024-Q1', '2024-Q2'], {
  usage: [
    usage('Delft', '2024-Q1', '2a', 10),
    usage('Delft', '2024-Q2', '2a', 10),
    usage('Den Haag', '2024-Q1', '2a', 30),
    usage('Den Haag', '2024-Q2', '2a', 30),
    usage('Midden-Delfland', '2024-Q1', '2a', null),
    usage('Midden-Delfland', '2024-Q2', '2a', 0),
    usage('Rijswijk', '2024-Q1', '2a', 5),
    usage('Rijswijk', '2024-Q2', '2a', 5),
    usage('Wassenaar', '2024-Q1', '2a', null, { hidden: 'secondary' }),
    usage('Wassenaar', '2024-Q2', '2a', 6),
    usage('Westland', '2024-Q1', '2a', 8),
    usage('Westland', '2024-Q2', '2a', 12),
  ],
});

export const INHABITANTS = { Delft: 80000, 'Den Haag': 400000, 'Midden-Delfland': 20000, Rijswijk: 40000, Wassenaar: 25000, Westland: 200000 };

/**
 * The benchmark's data table for {@link TWO_QUARTERS} with Rijswijk chosen, in Dutch, as the
 * spec writes it and the page shows it: place, municipality, count, rate, inhabitants, note;
 * the quartiles and the median below.
 */
export const RIJSWIJK_TABLE_NL: string[][] = [
  ['1', 'Delft', '20', '0,25', '80.000', 'gedeelde plaats'],
  ['1', 'Rijswijk', '10', '0,25', '40.000', 'gekozen gemeente; gedeelde plaats'],
  ['3', 'Den Haag', '60', '0,15', '400.000', ''],
  ['4', 'Westland', '20', '0,1', '200.000', ''],
  ['', 'Midden-Delfland', '< 5', 'afgeschermd', '20.000', 'afgeschermd; niet gerangschikt'],
  ['', 'Wassenaar', 'afgeschermd', 'afgeschermd', '25.000', 'afgeschermd; niet gerangschikt'],
  ['Eerste kwartiel', '', '', '0,14', '', 'over 4 gerangschikte gemeenten'],
  ['Mediaan', '', '', '0,2', '', 'over 4 gerangschikte gemeenten'],
  ['Derde kwartiel', '', '', '0,25', '', 'over 4 gerangschikte gemeenten'],
];
