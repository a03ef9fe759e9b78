import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { ELEMENT_TAGS } from '../../element-tags.js';

// What `npm pack` puts in the package, checked against package.json's `sideEffects`, `exports`
// and metadata. `npm test` builds first (`npm run build`).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  sideEffects: string[];
  exports: Record<string, string | { types: string; default: string }>;
  [field: string]: unknown;
};

/** A `sideEffects` glob as bundlers read it: `*` within a folder, `**` across folders. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

describe('globToRegExp', () => {
  it('reads * within one folder and **/ across folders', () => {
    expect(globToRegExp('./dist/lib/*.js').test('dist/lib/a-1.js')).toBe(true);
    expect(globToRegExp('./dist/lib/*.js').test('dist/lib/x/a.js')).toBe(false);
    expect(globToRegExp('./dist/cdn/**/*.js').test('dist/cdn/mbc-dashboard.js')).toBe(true);
    expect(globToRegExp('./dist/cdn/**/*.js').test('dist/cdn/chunks/embed-x.js')).toBe(true);
    expect(globToRegExp('./dist/cdn/**/*.js').test('dist/cdn/chunks/highs.wasm')).toBe(false);
  });
});

describe('the packed package (npm pack)', () => {
  let files: string[];

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    files = (JSON.parse(out) as [{ files: { path: string }[] }])[0].files.map((f) => f.path).sort();
  }, 60000);

  it('ships the licence, the changelog, the drop-in folder, one module per element, and no source maps or build reports', () => {
    for (const file of [
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      'custom-elements.json',
      'dist/cdn/mbc-dashboard.js',
      'dist/cdn/chunks/highs.wasm',
      'dist/cdn/chunks/monte-carlo.worker.js',
      'dist/elements/mbc-kpi.js',
      'dist/cli.js',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.chunks.json'))).toEqual([]);
    // The drop-in lives in dist/cdn/ only; no second copy of its chunks.
    expect(files.filter((f) => /^dist\/(mbc-dashboard\.js|chunks\/)/.test(f))).toEqual([]);
  });

  it('sideEffects names only shipped files, and covers every file that defines an element', () => {
    const patterns = pkg.sideEffects.map(globToRegExp);
    pkg.sideEffects.forEach((glob, i) =>
      expect(
        files.some((f) => patterns[i]!.test(f)),
        `${glob} matches a shipped file`,
      ).toBe(true),
    );
    const defining = files.filter((f) => f.endsWith('.js') && readFileSync(`${root}${f}`, 'utf8').includes('customElements.define'));
    expect(defining.length).toBeGreaterThanOrEqual(10);
    expect(defining.filter((f) => !patterns.some((p) => p.test(f)))).toEqual([]);
    // Every chunk the drop-in imports is kept too: a bundler would otherwise drop its code.
    expect(files.filter((f) => f.startsWith('dist/cdn/') && f.endsWith('.js') && !patterns.some((p) => p.test(f)))).toEqual([]);
  });

  it('every export points at a shipped file, and each element has its own entry with types', () => {
    const targets = Object.entries(pkg.exports).flatMap(([key, value]) => {
      const paths = typeof value === 'string' ? [value] : [value.types, value.default];
      if (!key.includes('*')) return paths;
      // One element per folder of components/: `./elements/mbc-kpi.js`.
      const tags = files.filter((f) => /^dist\/elements\/mbc-[a-z-]+\.js$/.test(f)).map((f) => f.slice('dist/elements/'.length, -3));
      expect(tags).toEqual(ELEMENT_TAGS);
      return tags.flatMap((tag) => paths.map((p) => p.replaceAll('*', tag)));
    });
    expect(targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t))).toEqual([]);
    expect(pkg.exports['./mbc-dashboard.js']).toBe('./dist/cdn/mbc-dashboard.js');
  });

  it('each element module registers its element and exports its class', () => {
    // The define may sit in a shared chunk (dist/lib/) that the element module imports; what
    // counts is that importing the module reaches it through files that package.json marks as
    // having side effects, so that no bundler drops it.
    const sideEffects = (file: string) => /^dist\/(elements|lib)\/[^/]+\.js$/.test(file);
    for (const tag of ['mbc-kpi', 'mbc-chart', 'mbc-dashboard']) {
      const entry = `dist/elements/${tag}.js`;
      const reached = new Map<string, string>();
      const visit = (file: string) => {
        if (reached.has(file)) return;
        const code = readFileSync(`${root}${file}`, 'utf8');
        reached.set(file, code);
        for (const [, spec] of code.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) visit(posix.join(posix.dirname(file), spec!));
      };
      visit(entry);
      const defining = [...reached].filter(([, code]) => new RegExp(`customElements\\.define\\(["']${tag}["']`).test(code)).map(([file]) => file);
      expect(defining, tag).toHaveLength(1);
      expect(sideEffects(defining[0]!), `${defining[0]} is marked as having side effects`).toBe(true);
      const className = tag.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
      expect(reached.get(entry)).toMatch(new RegExp(`export\\s*\\{[^}]*\\b${className}\\b`));
    }
  });

  it('carries the whole EUPL-1.2: fifteen articles and the appendix of compatible licences', () => {
    const licence = readFileSync(`${root}LICENSE`, 'utf8');
    expect(licence.trimStart().startsWith('EUROPEAN UNION PUBLIC LICENCE v. 1.2')).toBe(true);
    const articles = [...licence.matchAll(/^ {4}(\d+)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(articles).toEqual([
      '1. Definitions',
      '2. Scope of the rights granted by the Licence',
      '3. Communication of the Source Code',
      '4. Limitations on copyright',
      '5. Obligations of the Licensee',
      '6. Chain of Authorship',
      '7. Disclaimer of Warranty',
      '8. Disclaimer of Liability',
      '9. Additional agreements',
      '10. Acceptance of the Licence',
      '11. Information to the public',
      '12. Termination of the Licence',
      '13. Miscellaneous',
      '14. Jurisdiction',
      '15. Applicable Law',
    ]);
    expect(licence).toContain('Québec Free and Open-Source Licence - Reciprocity (LiLiQ-R)');
    expect(licence.trimEnd().endsWith('All other changes or additions to this Appendix require the production of a new\nEUPL version.')).toBe(true);
  });

  it('names its repository, issue tracker, home page, keywords and licence', () => {
    expect(pkg.license).toBe('EUPL-1.2');
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/mbc-dashboard/mbc-dashboard.git' });
    expect(pkg.bugs).toEqual({ url: 'https://github.com/mbc-dashboard/mbc-dashboard/issues' });
    expect(pkg.homepage).toBe('https://github.com/mbc-dashboard/mbc-dashboard#readme');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['web-components', 'custom-elements', 'lit', 'vega-lite']));
  });
});
