/**
 * "Open Report…" in the tray menu: the support report (Markdown, personal data redacted) written
 * to a private temp file and opened with the default app. Built by the app core, so it is the same
 * report the popover exports.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppCore } from '../service/app-core';

export async function writeReportFile(core: Pick<AppCore, 'invoke'>, dir: string, nowMs: number): Promise<string> {
  const result = await core.invoke('app:report-export', { options: { format: 'markdown', includePersonal: false, stepsDone: [] } });
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `appleid-doctor-report-${stamp}.md`);
  await writeFile(file, result.text, { mode: 0o600 });
  return file;
}
