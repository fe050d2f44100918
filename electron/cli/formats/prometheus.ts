/**
 * `--format prometheus`: the report as a node_exporter textfile-collector file (Prometheus text
 * exposition format 0.0.4). Rules followed, from upstream:
 * - no client-side timestamps: node_exporter rejects the whole file otherwise
 *   (github.com/prometheus/node_exporter collector/textfile.go "unsupported client-side timestamps");
 * - one HELP and one TYPE per family before its samples, one uninterrupted group per family, final
 *   line feed (prometheus/docs content/docs/instrumenting/exposition_formats.md);
 * - base units with a plural unit suffix (`_seconds`), Unix timestamps rather than "time since",
 *   context in an `_info` series with value 1, and series that may exist exported up front with 0
 *   (prometheus/docs content/docs/practices/naming.md and instrumentation.md).
 * Cardinality is bounded: labels only take values from closed vocabularies (check ids, statuses,
 * causes, phases) or from the configured endpoint list.
 * Every family is documented in README "For IT admins".
 */
import { CAUSES } from '../../../shared/causes';
import type { CheckStatus, SigninEndpointsData } from '../../../shared/checks';
import type { Report } from '../../../shared/report';
import { LIGHT_LEVEL } from './tokens';

/** Name prefix of every family (Prometheus: `<namespace>_`, here the product). */
export const METRIC_PREFIX = 'appleid_doctor_';

const STATUSES: readonly CheckStatus[] = ['pass', 'warn', 'fail', 'skip', 'error'];
const PHASES = ['dns', 'tcp', 'tls', 'http'] as const;

export interface PrometheusOptions {
  /** Unix ms of the last green run known to the caller (carried over from the previous file), or null. */
  lastGreenMs: number | null;
  version: string;
}

/** Render the textfile. Pure. */
export function formatPrometheus(report: Report, opts: PrometheusOptions): string {
  const out: string[] = [];
  const family = (name: string, help: string, samples: [labels: Record<string, string>, value: number][]) => {
    if (samples.length === 0) return;
    out.push(`# HELP ${METRIC_PREFIX}${name} ${escapeHelp(help)}`, `# TYPE ${METRIC_PREFIX}${name} gauge`);
    for (const [labels, value] of samples) out.push(`${METRIC_PREFIX}${name}${labelText(labels)} ${number(value)}`);
  };
  const endedMs = Date.parse(report.startedAt) + report.durationMs;

  family('build_info', 'Version of appleid-doctor that wrote this file and the report schema it follows; always 1.', [
    [{ version: opts.version, schema: report.schema }, 1],
  ]);
  family('light', 'Traffic light of the last run: 0 green (can sign in), 1 amber (degraded), 2 red (cannot sign in). Same as the CLI exit status.', [
    [{}, LIGHT_LEVEL[report.verdict.light]],
  ]);
  family('cause_info', 'Primary cause of the last run (closed vocabulary, "none" when there is none); always 1, exactly one series.', [
    [{ cause: report.verdict.primaryCause ?? 'none' }, 1],
  ]);
  family('other_causes', 'Number of secondary causes found in the last run besides the primary one.', [
    [{}, report.verdict.otherCauses.filter((c) => (CAUSES as readonly string[]).includes(c)).length],
  ]);
  family(
    'check_status',
    'State set: 1 for the status each check had in the last run, 0 for the other statuses (pass, warn, fail, skip, error).',
    report.checks.flatMap((c) => STATUSES.map((s): [Record<string, string>, number] => [{ check: c.id, status: s }, c.status === s ? 1 : 0])),
  );
  family(
    'check_duration_seconds',
    'Wall time each check took in the last run, in seconds.',
    report.checks.map((c) => [{ check: c.id }, c.durationMs / 1000]),
  );
  const endpoints = (report.checks.find((c) => c.id === 'signin-endpoints')?.data as Partial<SigninEndpointsData> | undefined)?.endpoints ?? [];
  family(
    'endpoint_up',
    'Whether each Apple sign-in endpoint answered over DNS, TCP, TLS and HTTP in the last run (1) or not (0).',
    endpoints.map((e) => [{ endpoint: e.id }, e.failure ? 0 : 1]),
  );
  family(
    'endpoint_phase_seconds',
    'Duration of each phase (dns, tcp, tls, http) reached for each Apple sign-in endpoint in the last run, in seconds; a phase that was not reached has no series.',
    endpoints.flatMap((e) =>
      PHASES.flatMap((p): [Record<string, string>, number][] => {
        const ph = e.phases?.[p];
        return ph && Number.isFinite(ph.durationMs) ? [[{ endpoint: e.id, phase: p }, ph.durationMs / 1000]] : [];
      }),
    ),
  );
  const offsetMs = (report.checks.find((c) => c.id === 'clock')?.data as { offsetMs?: number | null } | undefined)?.offsetMs;
  family(
    'clock_offset_seconds',
    'Offset of this Mac clock from network time in the last run, in seconds (positive: the Mac is ahead); absent when it could not be measured.',
    typeof offsetMs === 'number' && Number.isFinite(offsetMs) ? [[{}, offsetMs / 1000]] : [],
  );
  family('run_duration_seconds', 'Wall time of the last run, in seconds.', [[{}, report.durationMs / 1000]]);
  family('last_run_timestamp_seconds', 'Unix time the last run finished, in seconds.', [[{}, Math.round(endedMs / 1000)]]);
  family('last_green_timestamp_seconds', 'Unix time of the last run that was green, in seconds; 0 when no green run is known for this file.', [
    [{}, opts.lastGreenMs === null ? 0 : Math.round(opts.lastGreenMs / 1000)],
  ]);
  return `${out.join('\n')}\n`;
}

/** Read the last-green timestamp back from a previous file (so it survives red runs). */
export function lastGreenFromPrometheus(text: string): number | null {
  const m = new RegExp(`^${METRIC_PREFIX}last_green_timestamp_seconds (\\d+(?:\\.\\d+)?)$`, 'm').exec(text);
  const s = m ? Number(m[1]) : 0;
  return s > 0 ? s * 1000 : null;
}

function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

/** Label values escape backslash, double quote and line feed (exposition_formats.md). */
function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text escapes backslash and line feed (exposition_formats.md). */
function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function number(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(6)));
}
