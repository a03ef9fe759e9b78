import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real command in a child process. esbuild bundles src/cli/main.ts into a temporary file
 * first (Node 20 cannot run TypeScript); no package build is needed.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let cli: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mbc-cli-'));
  // The bundle lives in the repository so that it finds arquero and highs (external, as in dist/cli.js).
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  cli = join(mkdtempSync(join(root, 'node_modules/.cache/mbc-cli-')), 'cli.mjs');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    external: ['arquero', 'highs', '@duckdb/node-api', 'pg'],
    logLevel: 'silent',
    loader: { '.sql': 'text' },
  });
  writeFileSync(join(dir, 'gebruik.csv'), '\uFEFFgemeente;product;startdatum;uren_besteed\r\nDelft;2a;01-02-2024;16,5\r\n');
  writeFileSync(join(dir, 'fout.csv'), 'gemeente;product;startdatum;uren_besteed\r\nDelft;2x;01-02-2024;16,5\r\n');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirname(cli), { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });

describe('mbc-dashboard (spawned)', () => {
  it('starts with a shebang', () => {
    expect(readFileSync(join(root, 'src/cli/main.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 on --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Gebruik:');
  });

  it('exits 2 on a usage mistake', () => {
    const r = run('prepare', '--usage', 'gebruik.csv');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('Geef met --out aan waar de bundel moet komen.');
  });

  it('exits 1 on errors and 0 on a clean file', () => {
    expect(run('validate', 'fout.csv').status).toBe(1);
    const ok = run('validate', 'gebruik.csv');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('gebruik.csv: gebruik, 1 regel gelezen, 1 geldig, 0 fouten, 0 waarschuwingen.\n');
  });

  it('writes a bundle with prepare', () => {
    const r = run('prepare', '--usage', 'gebruik.csv', '--out', 'bundel.json');
    expect(r.status).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, 'bundel.json'), 'utf8')) as { format: string; usageRegion: { indications: number | null }[] };
    expect(bundle.format).toBe('mbc-bundle');
    expect(bundle.usageRegion.map((c) => c.indications)).toEqual([0, null, 0]);
  });

  it('reports a million bad rows in bounded output and memory: the first 100, a count per code, the total', () => {
    const lines = ['gemeente;product;startdatum;uren_besteed'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`Delft;2x;01-02-2024;${i % 7}`);
    writeFileSync(join(dir, 'miljoen.csv'), lines.join('\r\n'));
    // Peak memory as the operating system counts it, written by the child itself on exit.
    const probe = join(dir, 'rss.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));");
    const r = spawnSync(process.execPath, ['--require', probe, cli, 'validate', 'miljoen.csv'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(1);
    const out = r.stdout.trimEnd().split('\n');
    expect(out.filter((l) => l.startsWith('miljoen.csv:')).length).toBe(100 + 1); // 100 issues and the summary
    expect(out).toContain('En nog 999.900 meldingen die niet zijn getoond (--all toont ze alle). Per code, alle meldingen:');
    expect(out).toContain('  invalid_product: 1000000');
    expect(out.at(-1)).toBe('miljoen.csv: gebruik, 1.000.000 regels gelezen, 0 geldig, 1.000.000 fouten, 0 waarschuwingen.');
    const kilobytes = Number(/maxRSS (\d+)/.exec(r.stderr)![1]);
    expect(kilobytes).toBeLessThan(1.5 * 1024 * 1024);
  }, 180_000);
});
