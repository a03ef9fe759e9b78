#!/usr/bin/env node
/**
 * Precompile every chart template from Vega-Lite to Vega (`npm run build:specs`, part of
 * `npm run build`).
 *
 * A template is the `template` export of a file `src/specs/<view>/<chart>.ts` (see
 * `src/specs/frame.ts`). Each is compiled with vega-lite and written as
 * `src/specs/compiled/<view>/<chart>.json`, which the spec builder imports and the browser
 * parses with the trimmed Vega runtime: the browser never loads vega-lite for the library's own
 * charts. A compiler warning fails the build. Files are only written when they change, and
 * compiled files without a template are removed. `test/unit/specs/compiled.test.ts` compiles
 * the templates again and fails when a shipped file differs.
 *
 * Usage: node scripts/compile-specs.mjs [--check]   (--check: write nothing, exit 1 on a difference)
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'vega-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const specs = join(root, 'src/specs');
const out = join(specs, 'compiled');
const check = process.argv.includes('--check');

/** Every `src/specs/<view>/<chart>.ts`. */
export function templateFiles() {
  return readdirSync(specs)
    .filter((d) => d !== 'compiled' && statSync(join(specs, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join(specs, d))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${d}/${f}`),
    )
    .sort();
}

/** Compile one Vega-Lite template; throws on a compiler warning or error. */
export function compileTemplate(template) {
  const problems = [];
  const logger = {
    level: () => logger,
    warn: (...args) => (problems.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...args) => (problems.push(args.join(' ')), logger),
  };
  const { spec } = compile(template.spec, { logger });
  if (problems.length) throw new Error(`${template.id}: ${problems.join('; ')}`);
  return spec;
}

/** Serialise as the shipped file: two-space JSON and a final newline. */
export const serialise = (spec) => `${JSON.stringify(spec, null, 2)}\n`;

/** The `template` export of each file, bundled for Node (the bench composes Vega-Lite specs from them too). */
export async function loadTemplates(files = templateFiles()) {
  // Bundle the template modules for Node. Their builders import the compiled files, which may
  // not exist yet (a new template): those imports resolve to an empty stub here.
  const entry = files.map((f, i) => `import * as m${i} from ${JSON.stringify(`./${f}`)}; export const t${i} = m${i}.template;`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: specs, sourcefile: 'templates.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    packages: 'external',
    plugins: [
      {
        name: 'stub-compiled',
        setup(b) {
          b.onResolve({ filter: /\/compiled\/.*\.json$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: '{}', loader: 'json' }));
        },
      },
    ],
  });
  const tmp = join(root, 'node_modules/.cache/mbc-compile-specs.mjs');
  mkdirSync(dirname(tmp), { recursive: true });
  writeFileSync(tmp, result.outputFiles[0].text);
  const module = await import(`${pathToFileURL(tmp).href}?${Date.now()}`);
  // A file without a `template` export is not a chart (the cost-items table); a chart file that
  // lacks it fails the type check, since its builder imports a compiled spec that is not written.
  return files.map((file, i) => ({ file, template: module[`t${i}`] })).filter((t) => t.template !== undefined);
}

async function main() {
  const files = templateFiles();
  const templates = await loadTemplates(files);
  const expected = new Set();
  let changed = 0;
  for (const { file, template } of templates) {
    if (!template.id || !template.spec) throw new Error(`src/specs/${file}: \`template\` is not a defineTemplate() result`);
    if (`${template.id}.ts` !== file) throw new Error(`src/specs/${file}: template id "${template.id}" must match its file`);
    const target = join(out, `${template.id}.json`);
    expected.add(target);
    const text = serialise(compileTemplate(template));
    if (existsSync(target) && readFileSync(target, 'utf8') === text) continue;
    changed++;
    console.log(`${check ? 'differs' : 'compiled'}: ${relative(root, target)}`);
    if (!check) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  const stale = existsSync(out)
    ? readdirSync(out, { recursive: true })
        .map((f) => join(out, f))
        .filter((f) => f.endsWith('.json') && !expected.has(f))
    : [];
  for (const file of stale) {
    changed++;
    console.log(`${check ? 'stale' : 'removed'}: ${relative(root, file)}`);
    if (!check) rmSync(file);
  }
  console.log(`${templates.length} chart templates, ${changed} ${check ? 'out of date' : 'written'}`);
  if (check && changed) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
