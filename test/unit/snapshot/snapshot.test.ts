import { describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { sha256, sha256Base64 } from '../../../src/snapshot/sha256.js';
import { packSnapshotData, unpackSnapshotData } from '../../../src/snapshot/pack.js';
import { inlineScript, snapshotHtml } from '../../../src/snapshot/html.js';
import { buildSnapshot, snapshotFileName } from '../../../src/snapshot/build.js';

describe('sha256 (pure, for the stamp and the policy hash)', () => {
  it('matches node:crypto on empty, short, block-edge and random inputs', () => {
    const inputs = [new Uint8Array(0), new TextEncoder().encode('abc'), ...[55, 56, 63, 64, 65, 1000, 100_003].map((n) => new Uint8Array(randomBytes(n)))];
    for (const bytes of inputs) {
      expect(sha256(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(sha256Base64('é</script>' + bytes.length)).toBe(
        createHash('sha256')
          .update('é</script>' + bytes.length, 'utf8')
          .digest('base64'),
      );
    }
  });
});

describe('snapshot data block', () => {
  it('packs and unpacks to the same value, as base64 text only', async () => {
    const data = {
      title: 'Rijswijk & "Delft"',
      bundle: { format: 'mbc-bundle', cells: [1, 2, 3] },
      model: null,
      lang: 'nl' as const,
      page: 'usage',
      filters: { municipalities: ['Delft'] },
    };
    const packed = await packSnapshotData(data);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await unpackSnapshotData(packed)).toEqual(data);
  });
});

describe('snapshot HTML', () => {
  it('allows exactly its own inline code by hash, escapes what could end the script element, and escapes the title and file names', async () => {
    const script = 'const a = "</script><script>alert(1)</script>"; /* <!-- */ export {};';
    const html = await buildSnapshot({
      script,
      version: '9.9.9',
      now: new Date(Date.UTC(2026, 11, 3, 13, 5)),
      title: '<img src=x onerror=alert(1)>',
      lang: 'nl',
      bundle: null,
      model: { a: 1 },
      files: [{ name: 'a<b>.csv', sha256: 'ab'.repeat(32) }],
    });
    const code = /<script type="module">([\s\S]*)<\/script>\n<\/body>/.exec(html)![1]!;
    expect(code).not.toMatch(/<\/script|<!--/i);
    expect(code).toBe(inlineScript(script));
    const hash = createHash('sha256').update(code, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain('<title>&#60;img src=x onerror=alert(1)&#62;</title>');
    expect(html).toContain('<bdi>a&#60;b&#62;.csv</bdi>');
    expect(html).toContain('Momentopname gemaakt op 3 december 2026 om 14:05 met mbc-dashboard 9.9.9');
    // Only the one module script and the data block.
    expect(html.match(/<script type=/g)).toHaveLength(2);
  });

  it('writes English when asked', () => {
    const html = snapshotHtml({ script: '', data: '', title: 'T', lang: 'en', stamp: { made: '3 December 2026', files: [], version: '1' } });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Snapshot made on 3 December 2026 with mbc-dashboard 1, from:');
  });
});

describe('snapshotFileName', () => {
  it('makes a plain file name from the title and the Amsterdam date', () => {
    expect(snapshotFileName('Beter Samenspel Haaglanden (synthetische gegevens)', new Date(Date.UTC(2026, 11, 3, 23, 30)))).toBe(
      'beter-samenspel-haaglanden-synthetische-gegevens-2026-12-04.html',
    );
    expect(snapshotFileName('Gemeente ’s-Gravenhage — één', new Date(Date.UTC(2026, 0, 1)))).toBe('gemeente-s-gravenhage-een-2026-01-01.html');
    expect(snapshotFileName('  ', new Date(Date.UTC(2026, 0, 1)))).toBe('mbc-dashboard-2026-01-01.html');
    expect(snapshotFileName('x'.repeat(59) + ' y', new Date(Date.UTC(2026, 0, 1)))).toBe('x'.repeat(59) + '-2026-01-01.html');
  });
});

describe('fileDigest', () => {
  it('gives the same hex digest as the plain-JavaScript SHA-256, with and without crypto.subtle', async () => {
    const { fileDigest } = await import('../../../src/snapshot/file-digest.js');
    const { sha256 } = await import('../../../src/snapshot/sha256.js');
    const bytes = new TextEncoder().encode('gemeente;jaar\r\nDelft;2024\r\n'.repeat(50));
    const expected = sha256(bytes);
    expect(await fileDigest(bytes)).toBe(expected);
    expect(await fileDigest(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const subtle = globalThis.crypto.subtle;
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await fileDigest(bytes)).toBe(expected);
    } finally {
      Object.defineProperty(globalThis.crypto, 'subtle', { value: subtle, configurable: true });
    }
  });
});
