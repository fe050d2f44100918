/** Loading `--config FILE`: read, parse JSON, validate — every failure is one readable line. */
import { readFile } from 'node:fs/promises';
import { type ConfigResult, resolveConfig } from '../../shared/config';

/** Maximum config size; a config is a few hundred bytes, anything huge is a mistake. */
const MAX_BYTES = 1024 * 1024;

/** Load and validate a JSON config file. Never throws. */
export async function loadConfigFile(path: string): Promise<ConfigResult> {
  let text: string;
  try {
    const buf = await readFile(path);
    if (buf.length > MAX_BYTES) return { ok: false, errors: [`${path}: larger than 1 MiB`] };
    text = buf.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, errors: [`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, errors: [`${path}: not valid JSON (${(err as Error).message})`] };
  }
  const result = resolveConfig(json);
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => `${path}: ${e}`) };
}
