/**
 * Tiny latency sparklines without a chart library: an SVG path per sign-in endpoint over a time
 * window, broken where a check failed (failures are marked separately). Pure.
 */
import type { HistoryEntry } from '../../shared/history';

export interface Sparkline {
  endpoint: string;
  /** SVG path data ("M x y L x y …"), empty when no successful sample. */
  path: string;
  /** x positions of failed samples. */
  failures: number[];
  /** The newest successful sample, drawn as a dot. */
  last: { x: number; y: number } | null;
  samples: number;
  medianMs: number | null;
  maxMs: number | null;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Endpoint ids seen in the window, in first-seen order. */
export function endpointIds(entries: HistoryEntry[]): string[] {
  const ids = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e.endpoints ?? {})) ids.add(k);
  return [...ids];
}

/** Build one sparkline for `endpoint` over [now − spanMs, now], drawn in a width × height box. */
export function buildSparkline(entries: HistoryEntry[], endpoint: string, now: number, spanMs: number, width: number, height: number): Sparkline {
  const start = now - spanMs;
  const pts = entries
    .map((e) => ({ t: Date.parse(e.at), v: e.endpoints?.[endpoint] }))
    .filter((p) => Number.isFinite(p.t) && p.t >= start && p.t <= now && p.v !== undefined)
    .sort((a, b) => a.t - b.t);
  const ok = pts.map((p) => p.v).filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0);
  const maxMs = ok.length ? Math.max(...ok) : null;
  const top = 2;
  const bottom = height - 2;
  const scale = Math.max(maxMs ?? 1, 1);
  const x = (t: number) => round(((t - start) / spanMs) * width);
  const y = (v: number) => round(bottom - (v / scale) * (bottom - top));
  let path = '';
  let penDown = false;
  let last: Sparkline['last'] = null;
  const failures: number[] = [];
  for (const p of pts) {
    if (typeof p.v !== 'number' || !Number.isFinite(p.v)) {
      failures.push(x(p.t));
      penDown = false;
      continue;
    }
    path += `${path ? ' ' : ''}${penDown ? 'L' : 'M'}${x(p.t)} ${y(p.v)}`;
    penDown = true;
    last = { x: x(p.t), y: y(p.v) };
  }
  return { endpoint, path, failures, last, samples: pts.length, medianMs: median(ok), maxMs };
}

/** One stretch of time in the same state (light + cause). */
export interface TimelineSegment {
  from: string;
  to: string;
  light: HistoryEntry['light'];
  cause: HistoryEntry['primaryCause'];
  checks: number;
  unstable: boolean;
}

/** Collapse history into state changes, newest first. */
export function timeline(entries: HistoryEntry[]): TimelineSegment[] {
  const sorted = [...entries].filter((e) => Number.isFinite(Date.parse(e.at))).sort((a, b) => a.at.localeCompare(b.at));
  const segs: TimelineSegment[] = [];
  for (const e of sorted) {
    const last = segs[segs.length - 1];
    if (last && last.light === e.light && last.cause === e.primaryCause) {
      last.to = e.at;
      last.checks += 1;
      last.unstable ||= e.unstable === true;
    } else {
      segs.push({ from: e.at, to: e.at, light: e.light, cause: e.primaryCause, checks: 1, unstable: e.unstable === true });
    }
  }
  return segs.reverse();
}
