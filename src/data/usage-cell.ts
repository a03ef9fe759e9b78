import { ROUTES, type RouteCounts, type UsageCell } from './types.js';

/** Every route of a cell unknown (null). */
export function unknownRoutes(): RouteCounts {
  return Object.fromEntries(ROUTES.map((route) => [route, null])) as RouteCounts;
}

/**
 * A usage cell whose measures are all unknown (null), with no known route and nothing hidden;
 * `fields` sets the rest. One home for the shape of a blank cell: a hidden sum of cells is built
 * from it (`src/select/usage.ts`), and so are the cells of tests and stories.
 */
export function usageCell(fields: Pick<UsageCell, 'municipality' | 'period' | 'product'> & Partial<UsageCell>): UsageCell {
  return {
    indications: null,
    families: null,
    hoursUsed: null,
    hoursAvailable: null,
    meanHoursUsed: null,
    medianHoursUsed: null,
    overCap: null,
    ltExtraHours: null,
    routes: unknownRoutes(),
    suppressed: false,
    ...fields,
  };
}
