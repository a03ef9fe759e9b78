import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every element the package defines: one folder `components/mbc-*` each, sorted. */
export const ELEMENT_TAGS: readonly string[] = readdirSync(fileURLToPath(new URL('../components/', import.meta.url)), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('mbc-'))
  .map((d) => d.name)
  .sort();
