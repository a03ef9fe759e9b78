import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error: plain ESM script without types
import { updateReadme } from '../../../scripts/readme-reference.mjs';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the two commands, in the promised order of sections', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    const order = ['## Two commands', '## Embed it in an intranet page', '## Storybook', '## Repository layout'].map((h) => readme.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('has an element reference that matches custom-elements.json (npm run docs)', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    expect(updateReadme(readme, manifest)).toBe(readme);
  });
});
