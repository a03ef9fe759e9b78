/**
 * The SHA-256 of a loaded file, for a snapshot's stamp: the platform's own where there is one
 * (Node, and pages in a secure context: https, localhost, file://), the plain-JavaScript one
 * (`./sha256.ts`) only where there is none (a page served over plain HTTP), loaded only then,
 * so that a dashboard page does not carry it.
 */
export async function fileDigest(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  const { sha256 } = await import('./sha256.js');
  return sha256(bytes);
}
