import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: a PostgreSQL server for the engine tests (test/unit/data/engines/).
 *
 * - `MBC_PG_URL` set (CI sets it in .ci/run; `scripts/pg-test-server.sh start` prints it): used.
 * - Otherwise, with PostgreSQL's binaries on this machine: a throw-away server is started with
 *   scripts/pg-test-server.sh and stopped after the run.
 * - Otherwise: in CI (`CI` set) the run fails here; on a developer's machine the PostgreSQL tests
 *   are skipped, and this says so loudly.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.MBC_PG_URL) return undefined;
  const script = fileURLToPath(new URL('../scripts/pg-test-server.sh', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'mbc-pg-'));
  let output: string;
  try {
    output = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    if (process.env.CI) throw new Error(`PostgreSQL for the engine tests: set MBC_PG_URL or install PostgreSQL (${detail})`);
    console.warn(`\n⚠  The PostgreSQL engine tests are SKIPPED: ${detail}\n   Set MBC_PG_URL, or install PostgreSQL (Debian: apt-get install postgresql).\n`);
    return undefined;
  }
  const url = /MBC_PG_URL=(\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`scripts/pg-test-server.sh printed no URL: ${output}`);
  process.env.MBC_PG_URL = url;
  return () => {
    execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore' });
  };
}
