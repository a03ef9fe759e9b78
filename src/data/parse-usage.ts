import type { ParseOptions, ParseResult, Product, Route, UsageRow } from './types.js';
import { USAGE_COLUMNS } from './columns.js';
import { quarterOf } from './dates.js';
import { parseFile, type FileSpec } from './parse-file.js';
import type { RowReader } from './row-reader.js';

/**
 * Read a usage file: one row per indication of a product for a family. See the README, "Data",
 * for the columns, the accepted formats and the error codes.
 *
 * Rules per row:
 * - `municipality` (`gemeente`): required text;
 * - `product`: `1`, `2a` or `2b`, case-insensitive;
 * - `start` (`startdatum`, `start_datum`): required date; `period` is its quarter;
 * - `end` (`einddatum`, `eind_datum`): optional date, not before `start` (`end_before_start`);
 * - `hours_available` (`uren_beschikbaar`): ≥ 0; empty means 25 for 2a and 2b, null for 1;
 * - `hours_used` (`uren_besteed`): ≥ 0, required for 2a and 2b; more than `hours_available` is
 *   the warning `over_cap` and the row is kept;
 * - `lt_extra_hours` (`extra_uren_lokaal_team`): ≥ 0;
 * - `case_id` (`casus_id`): optional pseudonymous text;
 * - `route`: a route id or its Dutch alias, case-insensitive (see {@link normaliseRoute}).
 */
export function parseUsage(input: string | ArrayBuffer | Uint8Array, options?: ParseOptions): ParseResult<UsageRow> {
  return parseFile(input, options, USAGE);
}

/** Hours available per indication of 2a or 2b when the file leaves it empty (seed 003). */
export const DEFAULT_HOURS_AVAILABLE = 25;

const ROUTE_ALIASES: Record<string, Route> = {
  ots_prevented: 'ots_prevented',
  ots_ended_early: 'ots_ended_early',
  ots_required: 'ots_required',
  ots_collaboration: 'ots_collaboration',
  ots_voorkomen: 'ots_prevented',
  ots_beeindigd: 'ots_ended_early',
  'ots_beëindigd': 'ots_ended_early',
  ots_noodzakelijk: 'ots_required',
  samenwerking_tijdens_ots: 'ots_collaboration',
};

/**
 * A route id from its canonical or Dutch name: case-insensitive, and spaces or hyphens count as
 * underscores (`OTS voorkomen` → `ots_prevented`). Null when it is not a route.
 */
export function normaliseRoute(text: string): Route | null {
  if (Object.hasOwn(ROUTE_ALIASES, text)) return ROUTE_ALIASES[text]!; // the common case, fast
  const key = text.normalize('NFC').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return Object.hasOwn(ROUTE_ALIASES, key) ? ROUTE_ALIASES[key]! : null;
}

/** A product code, case-insensitive (`2A` → `2a`), or null. */
export function normaliseProduct(text: string): Product | null {
  const key = text.trim().toLowerCase();
  return key === '1' || key === '2a' || key === '2b' ? key : null;
}

/** `quarterOf`, remembered: most files have few distinct start dates. */
const quarters = new Map<string, string>();
function periodOf(start: string): string {
  let period = quarters.get(start);
  if (period === undefined) {
    if (quarters.size >= 10_000) quarters.clear();
    period = quarterOf(start);
    quarters.set(start, period);
  }
  return period;
}

function validateUsage(r: RowReader): UsageRow | null {
  const municipality = r.text('municipality', true);

  const productText = r.text('product', true);
  let product: Product | null = null;
  if (productText !== null) {
    product = normaliseProduct(productText);
    if (product === null) r.error('invalid_product', 'product', r.raw('product'));
  }

  const start = r.date('start', true);
  const end = r.date('end');
  if (start !== null && end !== null && end < start) {
    r.error('end_before_start', 'end', r.raw('end'), { start });
  }

  const capped = product === '2a' || product === '2b';
  let hoursAvailable = r.number('hours_available', { nonNegative: true });
  if (hoursAvailable === null && capped && r.isEmpty('hours_available')) hoursAvailable = DEFAULT_HOURS_AVAILABLE;
  const hoursUsed = r.number('hours_used', { nonNegative: true, required: capped, conditional: true });
  const ltExtraHours = r.number('lt_extra_hours', { nonNegative: true });
  const caseId = r.text('case_id', false, false);

  const routeText = r.text('route');
  let route: Route | null = null;
  if (routeText !== null) {
    route = normaliseRoute(routeText);
    if (route === null) r.error('invalid_route', 'route', r.raw('route'));
  }

  if (r.failed || municipality === null || product === null || start === null) return null;

  if (hoursUsed !== null && hoursAvailable !== null && hoursUsed > hoursAvailable) {
    r.warn('over_cap', 'hours_used', r.raw('hours_used'), { used: hoursUsed, available: hoursAvailable });
  }
  return {
    municipality,
    product,
    start,
    end,
    period: periodOf(start),
    hoursAvailable,
    hoursUsed,
    ltExtraHours,
    caseId,
    route,
  };
}

const USAGE: FileSpec<UsageRow> = {
  columns: USAGE_COLUMNS,
  createValidator: () => validateUsage,
};
