/**
 * A consumer project in a temporary folder, made from what `npm pack` ships: the tarball
 * unpacked in `node_modules/mbc-dashboard`, and beside it the package's production dependencies
 * (`npm ls --omit=dev`), linked from this repository's node_modules. That is the layout
 * `npm install mbc-dashboard` gives, without the network; dev dependencies (e.g. @types/node)
 * are absent, as in a real project.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/** A typed use of the package entry, one element module and an event detail. */
export const MAIN_TS = `import 'mbc-dashboard';
import { MbcDataSource, MbcKpi, type MbcChartRenderedDetail, type MbcErrorDetail, type MbcLoadDetail } from 'mbc-dashboard';
import { MbcKpi as SingleKpi } from 'mbc-dashboard/elements/mbc-kpi.js';
import { formatEuro } from 'mbc-dashboard/core';

const source: MbcDataSource = document.createElement('mbc-data-source');
source.addEventListener('mbc-load', (e) => {
  const detail: MbcLoadDetail = e.detail;
  const municipalities: number | undefined = e.detail.bundle?.municipalities.length;
  // @ts-expect-error: the detail is typed, not any
  console.log(e.detail.notAField, detail, municipalities);
});
document.addEventListener('mbc-error', (e) => {
  const errors: MbcErrorDetail['errors'] = e.detail.errors;
  console.log(errors[0]?.message.toUpperCase());
});
document.addEventListener('mbc-chart-rendered', (e) => {
  const detail: MbcChartRenderedDetail = e.detail;
  void detail.view.toSVG();
});
document.addEventListener('mbc-indicator-change', (e) => console.log(e.detail.indicator.toUpperCase()));
document.addEventListener('mbc-select', (e) => console.log(e.detail.field, e.detail.value.toUpperCase()));
document.addEventListener('mbc-export', (e) => console.log(e.detail.kind === 'png', e.detail.fileName));
document.addEventListener('mbc-filter-change', (e) => console.log(e.detail.filters.municipalities.join()));
document.addEventListener('mbc-computed', (e) => console.log(e.detail.result));
// @ts-expect-error: kind is 'png' | 'svg' | 'csv'
document.addEventListener('mbc-export', (e) => e.detail.kind === 'pdf');
const kpi: MbcKpi = document.createElement('mbc-kpi');
const same: typeof MbcKpi = SingleKpi;
console.log(source, kpi, same, formatEuro(1250));
`;

/** The drop-in, bundled as a whole. */
export const DROP_IN_TS = `import 'mbc-dashboard/mbc-dashboard.js';\n`;

export const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
  },
  include: ['src'],
};

/** Top-level package names of the production dependency tree (`@scope/name` or `name`). */
function productionPackages(root: string): string[] {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const names = new Set<string>();
  for (const line of out.split('\n')) {
    const rest = relative(join(root, 'node_modules'), line.trim());
    if (!line.trim() || rest.startsWith('..') || rest === '') continue;
    const parts = rest.split(sep);
    names.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
  }
  return [...names].sort();
}

/** Pack the package, unpack it into a fresh consumer project, and write the consumer's files. */
export function makeConsumerProject(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mbc-consumer-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ filename: string }];
  const target = join(dir, 'node_modules/mbc-dashboard');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['xzf', join(dir, packed.filename), '-C', target, '--strip-components=1']);
  for (const name of productionPackages(root)) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'mbc-dashboard': `file:./${packed.filename}` } }, null, 2),
  );
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(dir, 'src/main.ts'), MAIN_TS);
  writeFileSync(join(dir, 'src/drop-in.ts'), DROP_IN_TS);
  for (const name of ['main', 'drop-in']) {
    writeFileSync(
      join(dir, `${name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./out/${name}.js"></script></head><body></body></html>\n`,
    );
  }
  return dir;
}
