import { describe, expect, it } from 'vitest';
import { locateJsonPath } from '../../../src/data/json-locate.js';

const text = `{
  "format": "mbc-business-case",
  "items": [
    { "id": "a", "quantity": [1, "x"] },
    {
      "id": "b",
      "quantity": ["p", 2]
    }
  ],
  "scenarios": [{ "values": { "uren-2a": 16, "esc\\"aped": 3 } }]
}`;

describe('locateJsonPath', () => {
  it('finds values by key and index, with line and column', () => {
    expect(locateJsonPath(text, '$.format')).toEqual({ line: 2, column: 13 });
    expect(locateJsonPath(text, '$.items[0].quantity[1]')).toEqual({ line: 4, column: 34 });
    expect(locateJsonPath(text, '$.items[1].quantity[0]')).toEqual({ line: 7, column: 20 });
    expect(locateJsonPath(text, "$.scenarios[0].values['uren-2a']")).toEqual({ line: 10, column: 42 });
    expect(locateJsonPath(text, "$.scenarios[0].values['esc\"aped']")).toEqual({ line: 10, column: 59 });
  });
  it('points at the container when a key or index is missing', () => {
    expect(locateJsonPath(text, '$.items[1].unitCost')).toEqual({ line: 5, column: 5 });
    expect(locateJsonPath(text, '$.items[5]')).toEqual({ line: 3, column: 12 });
    expect(locateJsonPath(text, '$')).toEqual({ line: 1, column: 1 });
  });
  it('gives up on invalid JSON or paths', () => {
    expect(locateJsonPath('{"a": [1, 2', '$.a[5]')).toBeUndefined();
    expect(locateJsonPath(text, 'items[0]')).toBeUndefined();
    expect(locateJsonPath(text, '$.format.x')).toBeUndefined();
  });
});
