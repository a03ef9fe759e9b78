/**
 * The filters that every view on one data source shares: municipalities (none = the region
 * total), a period range and the business-case scenario. Pure functions to read and write them
 * in a URL hash, so a link reopens the same view.
 */
export interface Filters {
  /** Selected municipalities; empty means the region total. */
  municipalities: string[];
  /** First period shown (inclusive), `YYYY` or `YYYY-Qn`; empty for no bound. */
  from: string;
  /** Last period shown (inclusive). */
  to: string;
  /** Business-case scenario id; empty for the model's own values. */
  scenario: string;
  /**
   * Product (`1`, `2a` or `2b`) for a view that shows one product at a time (the benchmark's
   * usage measures); empty or absent: that view's default. Views that show every product
   * side by side ignore it.
   */
  product?: string;
}

export const EMPTY_FILTERS: Filters = { municipalities: [], from: '', to: '', scenario: '' };

const KEYS = { municipalities: 'gemeente', from: 'van', to: 'tot', scenario: 'scenario', product: 'product' } as const;
const PRODUCTS = ['1', '2a', '2b'];

/**
 * Filters as a hash fragment value: `gemeente=Delft,Rijswijk&van=2024-Q1`. Empty filters give
 * an empty string. Values are percent-encoded.
 */
export function filtersToHash(filters: Filters): string {
  const parts: string[] = [];
  if (filters.municipalities.length) parts.push(`${KEYS.municipalities}=${filters.municipalities.map(encodeURIComponent).join(',')}`);
  if (filters.from) parts.push(`${KEYS.from}=${encodeURIComponent(filters.from)}`);
  if (filters.to) parts.push(`${KEYS.to}=${encodeURIComponent(filters.to)}`);
  if (filters.scenario) parts.push(`${KEYS.scenario}=${encodeURIComponent(filters.scenario)}`);
  if (filters.product) parts.push(`${KEYS.product}=${encodeURIComponent(filters.product)}`);
  return parts.join('&');
}

/** Read filters from a hash fragment value written by `filtersToHash`; unknown keys are ignored. */
export function filtersFromHash(text: string): Filters {
  const filters: Filters = { ...EMPTY_FILTERS, municipalities: [] };
  for (const part of text.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return '';
      }
    };
    if (key === KEYS.municipalities) filters.municipalities = raw.split(',').map(decode).filter(Boolean);
    else if (key === KEYS.from) filters.from = decode(raw);
    else if (key === KEYS.to) filters.to = decode(raw);
    else if (key === KEYS.scenario) filters.scenario = decode(raw);
    else if (key === KEYS.product && PRODUCTS.includes(decode(raw))) filters.product = decode(raw);
  }
  return filters;
}

/**
 * Read this source's filters from a full `location.hash` that may hold several sources:
 * `#h10:gemeente=Delft;other:van=2024`. Sources are separated by `;`.
 */
export function readSourceHash(hash: string, sourceId: string): Filters | undefined {
  for (const part of hash.replace(/^#/, '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0 && part.slice(0, colon) === sourceId) return filtersFromHash(part.slice(colon + 1));
  }
  return undefined;
}

/**
 * Write this source's filters into a full `location.hash`, keeping other sources' parts and any
 * other key of this source's part (the dashboard's `page=`, say).
 */
export function writeSourceHash(hash: string, sourceId: string, filters: Filters): string {
  const parts = hash.replace(/^#/, '').split(';');
  const prefix = `${sourceId}:`;
  const previous = parts.find((p) => p.startsWith(prefix))?.slice(prefix.length) ?? '';
  const filterKeys: readonly string[] = Object.values(KEYS);
  const kept = previous.split('&').filter((p) => p.includes('=') && !filterKeys.includes(p.slice(0, p.indexOf('='))));
  const others = parts.filter((p) => p && !p.startsWith(prefix));
  const own = [filtersToHash(filters), ...kept].filter(Boolean).join('&');
  if (own) others.push(`${prefix}${own}`);
  return others.join(';');
}

/** Whether a period (`YYYY` or `YYYY-Qn`) falls in the filter's range (inclusive). */
export function periodInRange(period: string, from: string, to: string): boolean {
  // A year bound covers its quarters: 2024 ≤ 2024-Q1 … 2024-Q4 ≤ 2024.
  if (from && period < from && !period.startsWith(from)) return false;
  if (to && period > to && !period.startsWith(to)) return false;
  return true;
}
