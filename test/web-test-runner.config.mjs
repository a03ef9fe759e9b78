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
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), ...(process.env.MBC_COUNT_FILE ? [countReporter(process.env.MBC_COUNT_FILE)] : [])],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // esnext keeps import attributes: the precompiled chart specs are JSON modules (`with {type: 'json'}`).
  plugins: [
    // `executeServerCommand('forced-colors', {value: 'active'})`: emulateMedia of
    // @web/test-runner-commands does not pass forced colours on to Chromium, so this does.
    {
      name: 'forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'forced-colors') return undefined;
        // Through the DevTools protocol: puppeteer's emulateMediaFeatures does not know this feature.
        const client = await session.browser.getPage(session.id).createCDPSession();
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
        return true;
      },
    },
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
  ],
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
