/**
 * The columns of the two input files and how a header is matched to them.
 *
 * Header names are matched case-insensitively after trimming spaces. The English name is
 * canonical; the Dutch aliases of issue 3 are accepted too. Nothing else is guessed: `uren
 * beschikbaar` (with a space) is an unknown column, not `uren_beschikbaar`.
 */

/** The kind of value a column holds, which decides how a cell is read. */
export type ColumnKind = 'text' | 'number' | 'date';

export interface ColumnSpec {
  /** Canonical (English) name. */
  name: string;
  /** Accepted aliases, lower case; the first is the Dutch name used in Dutch messages. */
  aliases: readonly string[];
  kind: ColumnKind;
  /** Whether the column must be in the header. (Some values are required per row only.) */
  required: boolean;
}

/** The usage file: one row per indication of a product for a family. */
export const USAGE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'municipality', aliases: ['gemeente'], kind: 'text', required: true },
  { name: 'product', aliases: [], kind: 'text', required: true },
  { name: 'start', aliases: ['startdatum', 'start_datum'], kind: 'date', required: true },
  { name: 'end', aliases: ['einddatum', 'eind_datum'], kind: 'date', required: false },
  { name: 'hours_available', aliases: ['uren_beschikbaar'], kind: 'number', required: false },
  { name: 'hours_used', aliases: ['uren_besteed'], kind: 'number', required: false },
  { name: 'lt_extra_hours', aliases: ['extra_uren_lokaal_team'], kind: 'number', required: false },
  { name: 'case_id', aliases: ['casus_id'], kind: 'text', required: false },
  { name: 'route', aliases: [], kind: 'text', required: false },
];

/** The indicators file: long format, one value per municipality, period and indicator. */
export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { name: 'municipality', aliases: ['gemeente'], kind: 'text', required: true },
  { name: 'period', aliases: ['periode'], kind: 'text', required: true },
  { name: 'indicator', aliases: [], kind: 'text', required: true },
  { name: 'value', aliases: ['waarde'], kind: 'number', required: true },
  { name: 'label', aliases: [], kind: 'text', required: false },
  { name: 'kind', aliases: ['soort'], kind: 'text', required: false },
  { name: 'weight', aliases: ['gewicht'], kind: 'text', required: false },
];

/** Normalise a header name for matching: trimmed, lower case. */
export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase();
}

/** A header name that appears more than once (after normalisation and alias resolution). */
export interface DuplicateColumn {
  /** Canonical name, or the normalised name of an unknown column. */
  column: string;
  /** The header names as written (trimmed), in file order. */
  names: string[];
}

export interface HeaderMatch {
  /** Position of each known column in the header, by canonical name. */
  index: Map<string, number>;
  /** How each known column is written in the header (trimmed), by canonical name. */
  written: Map<string, string>;
  /** Unknown header names as written (trimmed), in file order. Empty names are ignored. */
  unknown: string[];
  duplicates: DuplicateColumn[];
  /** Required columns that are absent. */
  missing: ColumnSpec[];
}

/** The columns by every name they accept (canonical name and aliases, lower case). */
export function columnsByName(specs: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    for (const alias of spec.aliases) byName.set(alias, spec);
  }
  return byName;
}

/** Match a header against a file's columns. Empty header names are ignored. */
export function matchHeader(header: readonly string[], specs: readonly ColumnSpec[]): HeaderMatch {
  const byName = columnsByName(specs);
  const index = new Map<string, number>();
  const written = new Map<string, string>();
  const unknown: string[] = [];
  const seen = new Map<string, string[]>();
  const order: string[] = [];
  header.forEach((raw, position) => {
    const name = raw.trim();
    const key = name.toLowerCase();
    if (key === '') return;
    const spec = byName.get(key);
    const column = spec ? spec.name : key;
    const names = seen.get(column);
    if (names) {
      names.push(name);
      return;
    }
    seen.set(column, [name]);
    order.push(column);
    if (spec) {
      index.set(spec.name, position);
      written.set(spec.name, name);
    } else {
      unknown.push(name);
    }
  });
  const duplicates: DuplicateColumn[] = [];
  for (const column of order) {
    const names = seen.get(column)!;
    if (names.length > 1) duplicates.push({ column, names });
  }
  const missing = specs.filter((spec) => spec.required && !index.has(spec.name));
  return { index, written, unknown, duplicates, missing };
}

/** How to name a column in a message when it is absent from the header: Dutch alias in Dutch. */
export function displayName(spec: ColumnSpec, lang: 'nl' | 'en'): string {
  return lang === 'nl' && spec.aliases.length > 0 ? spec.aliases[0]! : spec.name;
}
