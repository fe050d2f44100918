/** Loading `--config FILE`: read, parse JSON, validate — every failure is one readable line. */
import { type ConfigResult, resolveConfig } from '../../shared/config';
import { oneLine } from '../../shared/one-line';
import { readBounded } from '../engine/system/bounded-read';

/** Maximum config size; a config is a few hundred bytes, anything huge is a mistake. */
const MAX_BYTES = 1024 * 1024;

/**
 * Load and validate a JSON config file. Never throws. The file's bytes are never echoed: `--config
 * /proc/self/environ` must not print the environment, so a JSON error names only the position.
 */
export async function loadConfigFile(path: string): Promise<ConfigResult> {
  const name = oneLine(path, 200);
  const read = await readBounded(path, MAX_BYTES);
  if (!read.ok) return { ok: false, errors: [`${name}: ${read.message}`] };
  const text = read.bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [`${name}: not valid JSON${jsonPosition(text, (err as Error).message)}`] };
  }
  const result = resolveConfig(json);
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => `${name}: ${e}`) };
}

/** " (line L, column C)" from V8's "… at position N" (the rest of its message quotes the input). */
function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return text.trim() === '' ? ' (the file is empty)' : '';
  const before = text.replace(/^\uFEFF/, '').slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}
