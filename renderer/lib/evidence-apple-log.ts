/** Evidence lines for the apple-log check (what Apple's software logged). Pure. */
import type { Translator } from '../../shared/i18n';
import { arr, type EvidenceLine, num, str } from './evidence-util';
import { clockTime } from './format';

/** Window, each event (time, process, code, name) and whether the log was read completely. */
export function appleLogEvidence(data: Record<string, unknown>, t: Translator): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  const minutes = num(data.windowMinutes);
  if (minutes !== null) lines.push({ label: t.t('ui.ev.log.read'), value: t.t('ui.ev.log.window', { minutes, records: num(data.records) ?? 0 }) });
  for (const e of arr(data.events).slice(-8)) {
    const at = str(e.at);
    const time = at ? clockTime(at, t) : '?';
    const code = e.code === null ? str(e.domain) : `${str(e.domain) ?? '?'} ${num(e.code) ?? '?'}`;
    const family = str(e.family);
    lines.push({
      label: `${time} ${str(e.process) ?? '?'}`,
      value: `${code}${str(e.name) ? ` ${str(e.name)}` : ''}${str(e.meaning) ? ` — ${str(e.meaning)}` : ''}`,
      tone: e.cause && (family === 'account' || family === 'device') ? 'bad' : e.cause ? 'warn' : undefined,
    });
  }
  const cleared = num(data.cleared);
  if (cleared) lines.push({ label: t.t('ui.ev.log.cleared'), value: t.t('ui.ev.log.clearedValue', { count: cleared }), tone: 'ok' });
  if (str(data.note)) lines.push({ label: t.t('ui.ev.note'), value: str(data.note)!, tone: 'warn' });
  return lines;
}
