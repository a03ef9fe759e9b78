/**
 * Axes and positions shared by the templates. Titles come from the `text` signal and band
 * orders from the `domain` signal, so one compiled spec serves every language and selection.
 */

/** An axis title read from the `text` signal. */
export function titleOf(key: string) {
  return { signal: `text.${key}` } as const;
}

/** Thousands separators, no needless decimals (the locale decides `.` or `,`). */
export const NUMBER_FORMAT = ',~f';

/**
 * A band position (periods, bins, rows) in the order of the `domain` signal's `key`, with its
 * axis (title from `text.<titleKey>`), or without an axis.
 */
export function band(field: string, key: string, axis: { titleKey?: string; labelAngle?: number; orient?: 'top' | 'bottom' | 'left' } | null) {
  return {
    field,
    type: 'nominal',
    scale: { domain: { expr: `domain.${key}` } },
    ...(axis === null
      ? { axis: null }
      : {
          axis: {
            title: axis.titleKey ? titleOf(axis.titleKey) : null,
            labelAngle: axis.labelAngle ?? 0,
            labelOverlap: true,
            ...(axis.orient ? { orient: axis.orient } : {}),
          },
        }),
  } as const;
}

/**
 * A count: whole-number ticks from zero, and a domain of at least [0, 1], so that an axis of
 * nothing but zeros reads 0 and 1, never "0,000000".
 */
export function count(field: string, titleKey: string | null) {
  return {
    field,
    type: 'quantitative',
    scale: { domain: { unionWith: [0, 1] } },
    axis: { title: titleKey ? titleOf(titleKey) : null, format: NUMBER_FORMAT, tickMinStep: 1 },
  } as const;
}

/** An amount (euros or hours, already scaled by the builder), with thousands separators. */
export function amount(field: string, titleKey: string | null, scale: Record<string, unknown> = {}) {
  return {
    field,
    type: 'quantitative',
    scale: { domain: { unionWith: [0, 1] }, ...scale },
    axis: { title: titleKey ? titleOf(titleKey) : null, format: NUMBER_FORMAT },
  } as const;
}

/** A position at a constant (a rule at zero, a placeholder at the baseline). */
export function at(value: number) {
  return { datum: value, type: 'quantitative' } as const;
}

/** The tooltip: the row's `tip` object (label → text), built in the language of the chart. */
export const TOOLTIP = { field: 'tip', type: 'nominal' } as const;
