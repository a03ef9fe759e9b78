/**
 * The data of a snapshot (bundle, model, title, page) as gzip in base64, inside a
 * `<script type="application/json">` block: a few tens of kilobytes instead of hundreds, and
 * never run as code. `CompressionStream` and `DecompressionStream` exist in Node 20 and every
 * current browser, so the command line and the dashboard's download button write the same file.
 */

/** What a snapshot carries besides the code. */
export interface SnapshotData {
  title: string;
  /** The prepared bundle (aggregated and suppressed), or null. */
  bundle: unknown;
  /** The business-case model, or null. */
  model: unknown;
  lang: 'nl' | 'en';
  /** The dashboard page that opens first (`overview` by default). */
  page?: string;
  /** The files it was made from, with their SHA-256 (so a snapshot of a snapshot keeps them). */
  files?: ReadonlyArray<{ name: string; sha256: string }>;
  /** The shared filters (municipalities, periods, scenario, product) in force when it was made. */
  filters?: { municipalities?: string[]; from?: string; to?: string; scenario?: string; product?: string };
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Pack: JSON, gzip, base64. */
export async function packSnapshotData(data: SnapshotData): Promise<string> {
  return toBase64(await pipe(new TextEncoder().encode(JSON.stringify(data)), new CompressionStream('gzip')));
}

/** Unpack what {@link packSnapshotData} made. */
export async function unpackSnapshotData(packed: string): Promise<SnapshotData> {
  return JSON.parse(new TextDecoder().decode(await pipe(fromBase64(packed.trim()), new DecompressionStream('gzip')))) as SnapshotData;
}
