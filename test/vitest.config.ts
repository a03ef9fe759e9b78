import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { sqlText } from '../scripts/sql-plugin.mjs';

// Node tests for the DOM-free engine (`src/`). Browser tests live in test/browser and run in
// Web Test Runner; they are excluded here on purpose.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [sqlText()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    // A PostgreSQL server for the SQL engine tests (see test/pg-setup.ts).
    globalSetup: ['test/pg-setup.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
