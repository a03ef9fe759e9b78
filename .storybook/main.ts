import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * `components/register.ts` and each `components/mbc-x/mbc-x.ts` (the modules that define
 * elements), and the business case's worker code (`analyses-worker.ts`, which sets `onmessage`).
 */
const REGISTRATION = /\/components\/(?:register|(mbc-[a-z-]+)\/\1|mbc-business-case\/analyses-worker)\.ts$/;

/**
 * package.json `sideEffects` describes the published files (dist/), so Vite takes every source
 * file for free of side effects and drops `import '../components/register.js'` from the preview:
 * the static Storybook then shows undefined elements, and the analyses worker is an empty file
 * (the business case's sensitivity and Monte Carlo never come). These modules are the sources
 * whose whole purpose is a side effect (`customElements.define`, `onmessage`); say so here, in
 * the page's build and in the worker's, which Vite makes apart with its own plugins.
 */
const keepRegistrations: Plugin = {
  name: 'mbc-keep-registrations',
  transform(code, id) {
    return REGISTRATION.test(id.split('?')[0]!) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample data (data/) and test fixtures are served as static files.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) => {
    const workerPlugins = vite.worker?.plugins;
    return {
      ...vite,
      plugins: [...(vite.plugins ?? []), keepRegistrations],
      worker: { ...vite.worker, plugins: () => [...(workerPlugins?.() ?? []), keepRegistrations] },
    };
  },
};
export default config;
