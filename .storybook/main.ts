import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample data (data/) and test fixtures are served as static files.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
