#!/usr/bin/env node
/**
 * `mbc-dashboard`: the command line entry. It wires {@link runCli} to the process and the file
 * system and exits with its code. Built to `dist/cli.js` (see `package.json` `bin`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
});
process.exitCode = code;
