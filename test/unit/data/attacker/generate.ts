/**
 * Seeded random data sets for the attacker test: small municipalities next to large ones,
 * empty quarters, routes, repeat indications, hours over the cap, rows without hours, years
 * given next to their quarters, weighted means with small weights. Deterministic (mulberry32).
 */
import type { IndicatorRow, Product, UsageRow } from '../../../../src/data/types.js';
import { ROUTES } from '../../../../src/data/types.js';

import { mulberry32 } from '../../../../src/model/random.js';

export { mulberry32 };

const NAMES = ['Delft', 'Den Haag', 'Midden-Delfland', 'Rijswijk', 'Voorschoten', 'Wassenaar', 'Westland'];

export function randomUsage(seed: number): UsageRow[] {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const municipalities = NAMES.slice(0, 2 + int(5));
  const years = ['2024', '2025'].slice(0, 1 + int(2));
  const quarters = years.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`)).filter(() => random() < 0.8);
  const withoutHours = random() < 0.2; // some rows lack hours
  const otherCap = random() < 0.2; // some rows have another budget than 25 hours
  const rows: UsageRow[] = [];
  for (const municipality of municipalities) {
    // One in three municipalities is small: a handful of indications a quarter at most.
    const size = random() < 0.35 ? 3 : 14;
    let caseCounter = 0;
    for (const period of quarters) {
      for (const product of ['1', '2a', '2b'] as Product[]) {
        const count = int(product === '2b' ? Math.ceil(size / 2) : size);
        for (let i = 0; i < count; i++) {
          const capped = product !== '1';
          const repeat = caseCounter > 0 && random() < 0.15;
          const caseId = capped ? `${municipality}-${repeat ? int(caseCounter) : caseCounter++}` : null;
          const hoursUsed = !capped || (withoutHours && random() < 0.3) ? null : random() < 0.12 ? 25 + int(12) : int(51) / 2;
          rows.push({
            municipality,
            product,
            start: `${period.slice(0, 4)}-0${(Number(period.slice(-1)) - 1) * 3 + 1}-02`.replace('-010-', '-10-'),
            end: null,
            period,
            hoursAvailable: capped ? (otherCap && random() < 0.3 ? 30 : 25) : null,
            hoursUsed,
            ltExtraHours: capped && random() < 0.7 ? int(40) / 2 : null,
            caseId,
            route: random() < 0.8 ? ROUTES[int(ROUTES.length)]! : null,
          });
        }
      }
    }
  }
  return rows;
}

export function randomIndicators(seed: number): IndicatorRow[] {
  const random = mulberry32(seed * 7919);
  const int = (n: number) => Math.floor(random() * n);
  const municipalities = NAMES.slice(0, 2 + int(5));
  const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
  const rows: IndicatorRow[] = [];
  const push = (municipality: string, period: string, indicator: string, value: number) => rows.push({ municipality, period, indicator, value, label: null });
  for (const municipality of municipalities) {
    const small = random() < 0.4;
    const count = () => (random() < 0.25 ? 0 : int(small ? 6 : 20));
    for (const indicator of ['placements', 'vto_filed', 'ots_started', 'ots_ended_early', 'survey_responses']) {
      const values = quarters.map(count);
      quarters.forEach((period, q) => {
        if (random() < 0.92) push(municipality, period, indicator, values[q]!);
      });
      // The year next to its quarters, for some municipalities.
      if (random() < 0.6) push(municipality, '2024', indicator, values.reduce((a, b) => a + b, 0));
    }
    for (const period of quarters) {
      if (random() < 0.8) push(municipality, period, 'satisfaction', 40 + int(600) / 10);
      if (random() < 0.8) push(municipality, period, 'ots_duration_months', 6 + int(300) / 10);
    }
  }
  return rows;
}
