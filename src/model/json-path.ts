/** JSON paths for validation findings: `$.items[3].quantity[1]`, `$.scenarios[0].values['uurtarief-lt']`. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Append an array index or an object key to a JSON path. Keys that are not identifiers use `['…']`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return `${path}.${key}`;
  return `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}
