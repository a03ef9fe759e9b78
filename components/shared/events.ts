import type { DataIssue } from '../../src/data/types.js';

/** An error a view reports: a data problem (with file, line and column) or a failure. */
export interface MbcErrorDetail {
  errors: Array<Partial<DataIssue> & { message: string; file?: string }>;
}

/** Dispatch a bubbling, composed custom event with a typed detail. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
