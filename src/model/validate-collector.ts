import type { Lang } from '../i18n/lang.js';
import { modelMessage, type ModelMessageKey } from '../i18n/model-messages.js';
import { childPath } from './json-path.js';
import { suggest } from './suggest.js';
import type { ModelIssue, ModelIssueCode } from './types.js';

/** The validator's bookkeeping: findings, typed field readers and the id registry. */

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Collector {
  readonly errors: ModelIssue[] = [];
  readonly warnings: ModelIssue[] = [];
  constructor(readonly lang: Lang) {}

  msg(key: ModelMessageKey, values: Record<string, string | number> = {}): string {
    return modelMessage(this.lang, key, values);
  }

  error(path: string, code: ModelIssueCode, message: string, suggestion?: string): void {
    this.errors.push(suggestion === undefined ? { path, code, message } : { path, code, message, suggestion });
  }

  warn(path: string, code: ModelIssueCode, message: string, suggestion?: string): void {
    this.warnings.push(suggestion === undefined ? { path, code, message } : { path, code, message, suggestion });
  }

  /** A short, safe rendering of any value for a message. */
  found(value: unknown): string {
    if (value === undefined) return this.msg('nothing');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return truncate(JSON.stringify(value));
    if (typeof value === 'boolean' || value === null) return String(value);
    if (Array.isArray(value)) return this.msg('expected.array');
    if (typeof value === 'object') return this.msg('expected.object');
    return typeof value;
  }

  unknownId(path: string, code: 'unknown-parameter' | 'unknown-stakeholder' | 'unknown-item', id: string, candidates: Iterable<string>): void {
    const suggestion = suggest(id, candidates);
    const hint = suggestion === undefined ? '' : this.msg('did-you-mean', { suggestion });
    this.error(path, code, this.msg(code, { id: truncate(id), hint }), suggestion);
  }

  unknownFields(obj: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const suggestion = suggest(key, known);
      const hint = suggestion === undefined ? '' : this.msg('did-you-mean', { suggestion });
      this.warn(childPath(path, key), 'unknown-field', this.msg('unknown-field', { field: truncate(key), hint }), suggestion);
    }
  }

  wrongType(path: string, field: string, expected: ModelMessageKey, value: unknown): void {
    this.error(path, 'type', this.msg('type', { field, expected: this.msg(expected), found: this.found(value) }));
  }

  /** A required string field; returns it when valid. */
  string(obj: Obj, key: string, path: string, required: boolean): string | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.wrongType(p, key, 'expected.string', value);
      return undefined;
    }
    return value;
  }

  /** A number field; returns it when it is a finite number. */
  number(obj: Obj, key: string, path: string, required: boolean): number | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'number') {
      this.wrongType(p, key, 'expected.number', value);
      return undefined;
    }
    if (!Number.isFinite(value)) {
      this.error(p, 'not-finite', this.msg('not-finite', { field: key, found: String(value) }));
      return undefined;
    }
    return value;
  }

  /** An array field; returns it when it is an array. */
  array(obj: Obj, key: string, path: string, required: boolean): unknown[] | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.wrongType(p, key, 'expected.array', value);
      return undefined;
    }
    return value;
  }

  enumeration(obj: Obj, key: string, path: string, allowed: readonly string[], required: boolean): string | undefined {
    const value = obj[key];
    const p = childPath(path, key);
    if (value === undefined) {
      if (required) this.error(p, 'required', this.msg('required', { field: key }));
      return undefined;
    }
    if (typeof value !== 'string' || !allowed.includes(value)) {
      this.error(p, 'invalid-enum', this.msg('invalid-enum', { field: key, allowed: allowed.map((a) => `"${a}"`).join(', '), found: this.found(value) }));
      return undefined;
    }
    return value;
  }
}

export function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Register ids of a list; reports empty and duplicate ids. Returns the valid, first-seen ids. */
export function collectIds(c: Collector, list: unknown[], path: string, required: boolean): Map<string, string> {
  const seen = new Map<string, string>();
  list.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const entryPath = childPath(path, i);
    const id = c.string(entry, 'id', entryPath, required);
    if (id === undefined) return;
    const idPath = childPath(entryPath, 'id');
    if (id.trim() === '') {
      c.error(idPath, 'empty-id', c.msg('empty-id'));
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      c.error(idPath, 'duplicate-id', c.msg('duplicate-id', { id: truncate(id), first }));
      return;
    }
    seen.set(id, idPath);
  });
  return seen;
}

export function checkObjects(c: Collector, list: unknown[], path: string): void {
  list.forEach((entry, i) => {
    if (!isObject(entry)) c.wrongType(childPath(path, i), `${path.replace(/^\$\./, '')}[${i}]`, 'expected.object', entry);
  });
}
