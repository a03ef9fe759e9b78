import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import config from '../../../.storybook/main.js';

// The static Storybook needs the registration modules that package.json `sideEffects` (which
// describes dist/) does not list; test/e2e/storybook.test.ts shows the result in a browser.
describe('.storybook/main.ts', () => {
  it('turns telemetry off', () => {
    expect(config.core).toMatchObject({ disableTelemetry: true });
  });

  it('keeps exactly the registration modules as having side effects', async () => {
    const vite = await (config.viteFinal as (c: { plugins: Plugin[] }) => Promise<{ plugins: Plugin[] }> | { plugins: Plugin[] })({ plugins: [] });
    const plugin = vite.plugins.find((p) => p.name === 'mbc-keep-registrations')!;
    const transform = plugin.transform as (code: string, id: string) => { moduleSideEffects?: boolean } | null;
    const kept = (id: string) => transform('x', id)?.moduleSideEffects ?? false;
    expect(kept('/repo/components/register.ts')).toBe(true);
    expect(kept('/repo/components/mbc-kpi/mbc-kpi.ts')).toBe(true);
    expect(kept('/repo/components/mbc-business-case/mbc-business-case.ts?v=1')).toBe(true);
    expect(kept('/repo/components/mbc-kpi/mbc-kpi.component.ts')).toBe(false);
    expect(kept('/repo/components/mbc-kpi/mbc-chart.ts')).toBe(false);
    expect(kept('/repo/components/shared/view.ts')).toBe(false);
    expect(kept('/repo/src/index.ts')).toBe(false);
  });
});
