import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, readSourceHash, writeSourceHash } from '../../../src/select/filters.js';
import { readHashPage, writeHashPage } from '../../../src/select/page-hash.js';

describe('the open page in the URL hash', () => {
  it('reads and writes the page beside the filters and other sources, and leaves out the overview', () => {
    expect(readHashPage('#mbc-dashboard-source:page=business-case', 'mbc-dashboard-source')).toBe('business-case');
    expect(readHashPage('#h10:van=2024;mbc-dashboard-source:gemeente=Delft&page=usage', 'mbc-dashboard-source')).toBe('usage');
    expect(readHashPage('#other:page=usage', 'mbc-dashboard-source')).toBe('');
    expect(writeHashPage('#h10:van=2024;src:gemeente=Delft', 'src', 'costs')).toBe('h10:van=2024;src:gemeente=Delft&page=costs');
    expect(writeHashPage('#src:gemeente=Delft&page=costs', 'src', 'overview')).toBe('src:gemeente=Delft');
    expect(writeHashPage('#src:page=costs', 'src', 'overview')).toBe('');
  });

  it('survives the filters being written: a filter change keeps the page', () => {
    const hash = writeSourceHash('#src:page=business-case', 'src', { ...EMPTY_FILTERS, municipalities: ['Delft'] });
    expect(hash).toBe('src:gemeente=Delft&page=business-case');
    expect(readSourceHash(`#${hash}`, 'src')).toEqual({ ...EMPTY_FILTERS, municipalities: ['Delft'] });
    expect(writeSourceHash(hash, 'src', EMPTY_FILTERS)).toBe('src:page=business-case');
  });
});
