import type { UsageRow } from '../../../src/data/types.js';

/**
 * Product 2b in three municipalities, two quarters of 2024 (the case of issue 11): Rijswijk has 5
 * indications in Q1 and 8 in Q2, and of its 13 hours in the year one lies in (5, 10]: a bin of 1,
 * hidden. Σ Rijswijk bins = 5 + 8 then needs a second hidden member: Rijswijk's whole Q1 cell
 * (5 indications, which hides its hours, routes and families too), or one of its bins of 6,
 * which hides far less. Delft and Westland have 10 and 12 indications in each quarter.
 */
export function threeMunicipalities(): UsageRow[] {
  let id = 0;
  const row = (municipality: string, month: number, hoursUsed: number): UsageRow => ({
    municipality,
    product: '2b',
    start: `2024-${String(month).padStart(2, '0')}-01`,
    end: null,
    period: `2024-Q${Math.ceil(month / 3)}`,
    hoursAvailable: 25,
    hoursUsed,
    ltExtraHours: null,
    caseId: `C${++id}`,
    route: null,
  });
  const times = (n: number, make: (i: number) => UsageRow) => Array.from({ length: n }, (_, i) => make(i));
  return [
    ...times(10, (i) => row('Delft', 2, i < 5 ? 3 : 13)),
    ...times(10, (i) => row('Delft', 5, i < 5 ? 8 : 13)),
    ...times(5, () => row('Rijswijk', 2, 12)),
    ...times(6, () => row('Rijswijk', 5, 3)),
    row('Rijswijk', 5, 7),
    row('Rijswijk', 5, 13),
    ...times(12, (i) => row('Westland', 2, i < 6 ? 3 : 8)),
    ...times(12, (i) => row('Westland', 5, i < 6 ? 3 : 13)),
  ];
}
