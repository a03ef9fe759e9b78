/**
 * What a page that is itself a snapshot knows about its own making: the inline code (so a
 * download from a snapshot needs no file) and the files it was made from (so their names and
 * SHA-256 carry over). Set once by the snapshot's entry (`components/snapshot.ts`).
 */
export interface InlineSnapshot {
  script: string;
  files: ReadonlyArray<{ name: string; sha256: string }>;
}

let current: InlineSnapshot | undefined;

export function setInlineSnapshot(snapshot: InlineSnapshot): void {
  current = snapshot;
}

export function inlineSnapshot(): InlineSnapshot | undefined {
  return current;
}
