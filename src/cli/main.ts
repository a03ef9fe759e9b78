#!/usr/bin/env node
/**
 * `mbc-dashboard`: the command line entry. It wires {@link runCli} to the process and the file
 * system and exits with its code. Built to `dist/cli.js` (see `package.json` `bin`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './cli.js';

/** The package's version, from the package.json next to `dist/`. */
async function version(): Promise<string> {
  try {
    return (JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  readStdin,
  version: await version(),
  readSnapshotScript: () => readFile(new URL('./cdn/snapshot/mbc-dashboard.snapshot.js', import.meta.url), 'utf8'),
});
process.exitCode = code;
