import { translator } from './plural.js';

/**
 * Messages of `checkBundle` (src/data/check-bundle.ts): a bundle's structure, its numbers, and
 * a small count that is published although it should be hidden. `{path}` is the JSON path.
 */
const BUNDLE = {
  nl: {
    bundle_structure: '{path}: {what} ontbreekt of heeft de verkeerde vorm.',
    bundle_value: '{path}: "{value}" is geen geldig getal.',
    unsuppressed_count: '{path}: het aantal {value} ligt tussen 1 en {max} maar is niet afgeschermd. Maak de bundel met "npx mbc-dashboard prepare".',
    more: 'En nog {n} problemen in deze bundel.',
  },
  en: {
    bundle_structure: '{path}: {what} is missing or has the wrong shape.',
    bundle_value: '{path}: "{value}" is not a valid number.',
    unsuppressed_count: '{path}: the count {value} lies between 1 and {max} but is not suppressed. Make the bundle with "npx mbc-dashboard prepare".',
    more: 'And {n} more problems in this bundle.',
  },
} as const;

export type BundleMessageKey = keyof (typeof BUNDLE)['nl'];

/** A message about a bundle, in `lang`. */
export const bundleMessage = translator(BUNDLE);
