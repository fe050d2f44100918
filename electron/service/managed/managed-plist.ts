/** Property-list bytes → a dictionary, XML or binary (`@plist/parse` reads both). Pure. */
import { parse } from '@plist/parse';

/** XML or binary plist → value; undefined when it is neither (or not a dictionary). */
export function parseBytes(bytes: Uint8Array): unknown {
  const isBinary = bytes.byteLength >= 8 && Buffer.from(bytes.subarray(0, 6)).toString('latin1') === 'bplist';
  try {
    const value = isBinary
      ? parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : parse(Buffer.from(bytes).toString('utf8'));
    // @plist/parse falls back to the OpenStep text format, where any bare word is a string: only
    // a dictionary is a preferences file.
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof ArrayBuffer)
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}
