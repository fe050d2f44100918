/**
 * Explicit decoding of command output. macOS tools print UTF-8; anything else (a Latin-1 name, a
 * binary blob, a cut in the middle of a character) must not silently turn into U+FFFD noise that a
 * parser might half-match, so the bytes are decoded strictly and fall back to Latin-1 with a flag
 * (measured on loopback with Node 20; fault C7 in tests/engine/system/command-runner.test.ts).
 */

/** How a buffer was decoded. */
export type OutputEncoding = 'utf-8' | 'latin1';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode bytes as UTF-8, or as Latin-1 (every byte maps to one code point) when they are not
 * valid UTF-8. When the output was cut at the size cap, up to 3 trailing bytes of an incomplete
 * character are dropped first.
 */
export function decodeOutput(bytes: Uint8Array, truncated: boolean): { text: string; encoding: OutputEncoding } {
  const maxTrim = truncated ? Math.min(3, bytes.length) : 0;
  for (let trim = 0; trim <= maxTrim; trim++) {
    try {
      return { text: strictUtf8.decode(bytes.subarray(0, bytes.length - trim)), encoding: 'utf-8' };
    } catch {
      // Try with one byte less (only when truncated), then fall back to Latin-1.
    }
  }
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding: 'latin1' };
}
