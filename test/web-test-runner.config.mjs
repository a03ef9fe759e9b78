import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './count-reporter.mjs';

// Browsers cannot be downloaded on our machines: use the system Chromium (Debian's
// /usr/bin/chromium) or CHROME_PATH. Running as root needs --no-sandbox.
const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'module', 'import', 'default'] },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    ...(process.env.MBC_COUNT_FILE ? [countReporter(process.env.MBC_COUNT_FILE)] : []),
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};
