/**
 * The Custom Elements Manifest analyzer's plugins (`npm run analyze`; the globs and flags are in
 * package.json). custom-elements.json feeds the README's element reference, Storybook's controls
 * and docs, and editors; it describes the public API only:
 * - `publicApiOnly`: private and protected members are left out.
 * - `tokensReadByEachElement`: each element lists every `--mbc-*` custom property its code
 *   reads, its own or one of the global tokens documented on `baseStyles`
 *   (components/shared/base.styles.ts), through the modules it imports.
 * - `eventTypes`: each event's type is `CustomEvent<…Detail>` as `MbcEventDetails` in
 *   components/shared/events.ts declares it; a `@fires {Type}` that disagrees fails the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const BASE_STYLES = 'components/shared/base.styles.ts';
const EVENTS = 'components/shared/events.ts';
/** A token, or the prefix of tokens numbered in a template (`--mbc-color-series-${i + 1}`). */
const TOKEN = /--mbc-[a-z0-9-]+-(?=\$\{)|--mbc-[a-z0-9-]*[a-z0-9]/g;

/** Members a user may touch: neither private nor protected, nor `#private`. */
export function publicApiOnly() {
  return {
    name: 'mbc-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
        }
      }
    },
  };
}

/** `@cssprop --name - description` lines of a file's JSDoc. */
export function cssPropsDocumentedIn(file) {
  const found = new Map();
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*\*\s*@cssprop\s+(--mbc-[a-z0-9-]+)\s+-\s+(.+)$/gm)) found.set(m[1], m[2].trim());
  return found;
}

/** Code without comments, so a token named only in documentation does not count as read. */
const code = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/** Every `--mbc-*` token the module and the local modules it imports (transitively) read. */
export function tokensRead(entry) {
  const seen = new Set();
  const tokens = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = code(readFileSync(file, 'utf8'));
    for (const m of source.matchAll(TOKEN)) tokens.add(m[0]);
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), m[1]));
      visit(target.endsWith('.js') && existsSync(target.replace(/\.js$/, '.ts')) ? target.replace(/\.js$/, '.ts') : target);
    }
  };
  visit(normalize(entry));
  return tokens;
}

export function tokensReadByEachElement() {
  return {
    name: 'mbc-tokens-read-by-each-element',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((mod) =>
        (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ d, path: mod.path })),
      );
      // Descriptions: the element's own, else a global token's, else another element's.
      const global = cssPropsDocumentedIn(BASE_STYLES);
      const anyElement = new Map();
      for (const { d } of elements) for (const p of d.cssProperties ?? []) if (!anyElement.has(p.name)) anyElement.set(p.name, p.description);
      for (const { d, path } of elements) {
        const own = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
        const read = [...tokensRead(path)].flatMap((t) => (t.endsWith('-') ? [...global.keys()].filter((g) => g.startsWith(t)) : [t]));
        const added = [...new Set(read)]
          .filter((t) => !own.has(t))
          .sort()
          .map((name) => ({ name, description: global.get(name) ?? anyElement.get(name) ?? '' }));
        d.cssProperties = [...own.values(), ...added];
      }
    },
  };
}

/** `'mbc-load': MbcLoadDetail;` lines of the `MbcEventDetails` interface. */
export function eventDetailTypes(file = EVENTS) {
  const body = /interface MbcEventDetails \{([^}]*)\}/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new Map([...body.matchAll(/'(mbc-[a-z-]+)':\s*(\w+);/g)].map((m) => [m[1], `CustomEvent<${m[2]}>`]));
}

export function eventTypes() {
  return {
    name: 'mbc-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventDetailTypes();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = types.get(event.name);
            if (!type) throw new Error(`${mod.path}: @fires ${event.name} is not in MbcEventDetails (${EVENTS})`);
            if (event.type?.text && event.type.text !== type)
              throw new Error(`${mod.path}: @fires {${event.type.text}} ${event.name}, but ${EVENTS} says ${type}`);
            event.type = { text: type };
          }
        }
      }
    },
  };
}

export default {
  plugins: [publicApiOnly(), tokensReadByEachElement(), eventTypes()],
};
