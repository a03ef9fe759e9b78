import type { Product, UsageCell } from '../../src/data/types.js';
import { unknownRoutes } from '../../src/data/usage-cell.js';

/** A published usage cell: 10 indications of 8 families, 160 of 250 hours, routes 6/0/3/1; `extra` overrides. */
export function publishedCell(municipality: string, period: string, product: Product, extra: Partial<UsageCell> = {}): UsageCell {
  return {
    municipality,
    period,
    product,
    indications: 10,
    families: 8,
    hoursUsed: 160,
    hoursAvailable: 250,
    meanHoursUsed: 16,
    medianHoursUsed: 16,
    overCap: 0,
    ltExtraHours: 0,
    routes: { ots_prevented: 6, ots_ended_early: 0, ots_required: 3, ots_collaboration: 1 },
    suppressed: false,
    ...extra,
  };
}

/** What makes a cell hidden (primary): its counts, hours and routes unknown. */
export const HIDDEN: Partial<UsageCell> = {
  indications: null,
  families: null,
  hoursUsed: null,
  hoursAvailable: null,
  routes: unknownRoutes(),
  suppressed: 'primary',
};
