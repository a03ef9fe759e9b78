#!/usr/bin/env node
/**
 * `npm test`: the build and the static Storybook, the Node tests (Vitest: src/, and test/e2e,
 * which opens dist/ and storybook-static/ in Chromium) and the browser tests (Web Test Runner in
 * Chromium, components/), then one closing line "N passed, N failed". Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'mbc-test-'));
const env = { ...process.env, TZ: 'Europe/Amsterdam', FORCE_COLOR: process.env.CI ? '0' : '1' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, args, extraEnv = {}) {
  console.log(`\n▶ ${label}\n`);
  const [command, ...rest] = args[0] === 'npm' || args[0] === 'node' ? args : [npx, ...args];
  const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

const steps = [];

// 0. Build first: some tests check the built files (dist/, custom-elements.json).
const buildStatus = run('Build (rollup, tsc declarations, custom-elements manifest)', ['npm', 'run', '--silent', 'build'].slice(0), {});
if (buildStatus !== 0) steps.push({ name: 'build', passed: 0, failed: 1 });
const typeStatus = run('Type check (tsc, all sources and tests)', ['npm', 'run', '--silent', 'typecheck']);
if (typeStatus !== 0) steps.push({ name: 'typecheck', passed: 0, failed: 1 });
const lintStatus = run('Lint and format check (ESLint, Prettier)', ['npm', 'run', '--silent', 'lint']);
if (lintStatus !== 0) steps.push({ name: 'lint', passed: 0, failed: 1 });
// The static Storybook as `npm run build-storybook` makes it, which test/e2e/storybook.test.ts
// opens story by story. No telemetry (also off in .storybook/main.ts).
const storybookStatus = run('Static Storybook (npm run build-storybook)', ['npm', 'run', '--silent', 'build-storybook'], { STORYBOOK_DISABLE_TELEMETRY: '1' });
if (storybookStatus !== 0) steps.push({ name: 'storybook build', passed: 0, failed: 1 });

// 1. Node: Vitest writes a JSON report next to its normal output.
const vitestJson = join(dir, 'vitest.json');
const vitestStatus = run('Vitest (Node): src/', [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  steps.push({ name: 'vitest', passed: report.numPassedTests, failed: report.numFailedTests + (vitestStatus !== 0 && report.numFailedTests === 0 ? 1 : 0) });
} else steps.push({ name: 'vitest', passed: 0, failed: 1 });

// 2. Browser: Web Test Runner in Chromium, with a reporter that writes counts to a file.
const wtrJson = join(dir, 'wtr.json');
const wtrStatus = run('Web Test Runner (Chromium): components/', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs'], {
  MBC_COUNT_FILE: wtrJson,
});
if (existsSync(wtrJson)) {
  const report = JSON.parse(readFileSync(wtrJson, 'utf8'));
  steps.push({ name: 'web-test-runner', passed: report.passed, failed: report.failed + (wtrStatus !== 0 && report.failed === 0 ? 1 : 0) });
} else steps.push({ name: 'web-test-runner', passed: 0, failed: 1 });

// 3. Size budgets of the built drop-in (only when dist/ exists; `npm run build` makes it).
if (existsSync('scripts/check-size.mjs')) {
  const sizeStatus = run('Bundle size budgets', ['node', 'scripts/check-size.mjs']);
  if (sizeStatus !== 0) steps.push({ name: 'size budgets', passed: 0, failed: 1 });
}

const passed = steps.reduce((s, x) => s + x.passed, 0);
const failed = steps.reduce((s, x) => s + x.failed, 0);
console.log('');
for (const s of steps) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || buildStatus !== 0 || typeStatus !== 0 || storybookStatus !== 0 || vitestStatus !== 0 || wtrStatus !== 0 ? 1 : 0);
