import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The layers of ARCHITECTURE.md, read from the sources' import statements.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = (dir: string) =>
  (readdirSync(`${root}${dir}`, { recursive: true }) as string[]).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts')).map((f) => `${dir}/${f}`);
const imports = (file: string) => [...readFileSync(`${root}${file}`, 'utf8').matchAll(/(?:from |import\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('layers', () => {
  it('src/select and src/format take nothing from src/specs (the chart layer sits above them)', () => {
    const offending = [...sources('src/select'), ...sources('src/format')].flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('/specs/'))
        .map((i) => `${f}: ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('components/shared takes nothing from an element’s folder', () => {
    const offending = sources('components/shared').flatMap((f) =>
      imports(f)
        .filter((i) => /^\.\.\/mbc-/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('only components/mbc-chart touches Vega, and src/ never the screen', () => {
    const vega = [...sources('src'), ...sources('components')]
      .filter((f) => !f.startsWith('components/mbc-chart/'))
      .flatMap((f) =>
        imports(f)
          .filter((i) => /^vega/.test(i))
          .map((i) => `${f}: ${i}`),
      );
    expect(vega).toEqual([]);
    const screen = sources('src').flatMap((f) =>
      imports(f)
        .filter((i) => i.includes('/components/'))
        .map((i) => `${f}: ${i}`),
    );
    expect(screen).toEqual([]);
  });

  it('a file download is made in one place', () => {
    const files = sources('components').filter((f) => readFileSync(`${root}${f}`, 'utf8').includes('URL.createObjectURL'));
    expect(files).toEqual(['components/shared/download.ts']);
  });
});
