/** Evidence lines for the apple-log check (what Apple's software logged). Pure. */
import { arr, type EvidenceLine, num, str } from './evidence-util';

/** Window, each event (time, process, code, name) and whether the log was read completely. */
export function appleLogEvidence(data: Record<string, unknown>): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const minutes = num(data.windowMinutes);
  if (minutes !== null) lines.push({ label: 'Log read', value: `last ${minutes} min, ${num(data.records) ?? 0} lines from Apple’s sign-in and push services` });
  for (const e of arr(data.events).slice(-8)) {
    const at = str(e.at);
    const time = at ? new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '?';
    const code = e.code === null ? str(e.domain) : `${str(e.domain) ?? '?'} ${num(e.code) ?? '?'}`;
    const family = str(e.family);
    lines.push({
      label: `${time} ${str(e.process) ?? '?'}`,
      value: `${code}${str(e.name) ? ` ${str(e.name)}` : ''}${str(e.meaning) ? ` — ${str(e.meaning)}` : ''}`,
      tone: e.cause && (family === 'account' || family === 'device') ? 'bad' : e.cause ? 'warn' : undefined,
    });
  }
  const cleared = num(data.cleared);
  if (cleared) lines.push({ label: 'Cleared', value: `${cleared} earlier error${cleared === 1 ? '' : 's'} fixed by a later success`, tone: 'ok' });
  if (str(data.note)) lines.push({ label: 'Note', value: str(data.note)!, tone: 'warn' });
  return lines;
}
