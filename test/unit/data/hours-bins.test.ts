import { describe, expect, it } from 'vitest';
import { HOURS_BIN_EDGES, hoursBinIndex } from '../../../src/data/hours-distribution.js';

describe('hours bins', () => {
  it('uses inclusive upper edges up to the 25-hour cap and one bin beyond', () => {
    expect(HOURS_BIN_EDGES).toEqual([0, 5, 10, 15, 20, 25]);
    expect([0, 5, 5.5, 10, 16, 25, 25.5, 40].map(hoursBinIndex)).toEqual([0, 0, 1, 1, 3, 4, 5, 5]);
  });
});
