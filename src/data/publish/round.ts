/** Hours, means and medians are published to two decimals; counts are exact. */
export function round2(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}
