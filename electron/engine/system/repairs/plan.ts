/**
 * Turning "this repair, for this diagnosis" into the exact command to ask consent for — or into the
 * reason the card's manual steps apply instead. Reads the Mac only through the command runner
 * (read-only networksetup calls allowed by repair-policy.ts); never spawns, never writes. The
 * proxy repair targets the network service(s) on which the dead proxy the diagnosis used is set.
 */
import { EN, type MessageKey, type Translator } from '../../../../shared/i18n';
import { repairTexts } from '../../../../shared/repair-text';
import type { RepairFace, RepairId } from '../../../../shared/repairs';
import type { Report } from '../../../../shared/report';
import type { CommandRunner } from '../../seams';
import { parseNetworkServices, parseNetworksetupProxy } from '../parsers/networksetup';
import { buildAdminArgs, displayCommand, type FixedCommand } from './admin-script';
import { isSafePort, isSafeProxyHost, serviceNameIssue, serviceNameProblem } from './service-name';
import { autoTimeCommands, flushDnsCommands, PROMPTS, type ProxyKind, proxyOffCommands, proxyOnCommands, readVerb, type SavedProxy } from './templates';

/** A repair ready for consent: the words, the exact command and the argv that will run it. */
export interface ReadyPlan {
  ok: true;
  repair: RepairId;
  words: string;
  commands: FixedCommand[];
  /** The osascript argv (command-policy checks it again before it runs). */
  osascriptArgs: string[];
  display: string;
  /** For proxy-off: what was on, so "Turn it back on" can restore it. */
  saved: SavedProxy[];
}

export type RepairPlan = ReadyPlan | { ok: false; repair: RepairId; manual: string };

export interface PlanContext {
  runner: CommandRunner;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The last report (the proxy the diagnosis found dead). */
  report: Report | null;
  /** Proxy settings a previous proxy-off saved (for proxy-on). */
  saved: SavedProxy[];
  /** The language of the words (default English). */
  t?: Translator;
  /** Where the words are read: the app's card or the terminal (default the app). */
  face?: RepairFace;
}

function ready(repair: RepairId, words: string, commands: FixedCommand[], saved: SavedProxy[] = []): ReadyPlan {
  return { ok: true, repair, words, commands, osascriptArgs: buildAdminArgs(PROMPTS[repair], commands), display: displayCommand(commands), saved };
}

const manual = (repair: RepairId, why: string): RepairPlan => ({ ok: false, repair, manual: why });

/** A manual-steps reason in the context's language, for its face. */
function why(ctx: PlanContext, key: MessageKey, values: Record<string, string> = {}): string {
  return (ctx.t ?? EN).t(key, { face: ctx.face ?? 'app', ...values });
}

/** "the secure web proxy (HTTPS) 127.0.0.1:9 on “Wi-Fi”", … joined the language's way (ICU select keys take no hyphen). */
function targets(ctx: PlanContext, list: readonly { service: string; kind: ProxyKind; host: string | null; port: number | null }[]): string {
  const t = ctx.t ?? EN;
  return t.list(
    list.map((f) =>
      t.t('repair.plan.target', { kind: f.kind === 'secure-web' ? 'secure' : f.kind, server: f.host ? `${f.host}:${f.port}` : '', service: f.service }),
    ),
  );
}

/** Plan a repair. Never throws; anything unexpected becomes a manual-steps answer. */
export async function planRepair(repair: RepairId, ctx: PlanContext): Promise<RepairPlan> {
  try {
    switch (repair) {
      case 'flush-dns':
        return ready(repair, repairTexts(ctx.t ?? EN)[repair].does, flushDnsCommands());
      case 'auto-time-on':
        return ready(repair, repairTexts(ctx.t ?? EN)[repair].does, autoTimeCommands());
      case 'proxy-off':
        return await planProxyOff(ctx);
      case 'proxy-on':
        return await planProxyOn(ctx);
    }
  } catch (err) {
    return manual(repair, why(ctx, 'repair.manual.prepare-failed', { error: err instanceof Error ? err.message : 'unknown error' }));
  }
}

/** The proxy the diagnosis found not answering: the route the probes took, if it was the system's. */
export function deadProxy(report: Report | null): { host: string; port: number } | { pac: true } | null {
  const proxy = report?.checks.find((c) => c.id === 'proxy');
  const signin = report?.checks.find((c) => c.id === 'signin-endpoints');
  const cause = signin?.cause ?? null;
  const route = (proxy?.data as { route?: { kind: string; host?: string; port?: number; source?: string } } | undefined)?.route;
  if (proxy?.cause === 'proxy.pac_unavailable' || route?.kind === 'pac-unevaluated') return { pac: true };
  if (route?.kind === 'proxy' && route.source === 'system' && typeof route.host === 'string' && typeof route.port === 'number') {
    if (cause === 'proxy.down' || cause === 'proxy.timeout') return { host: route.host, port: route.port };
  }
  return null;
}

interface Found {
  service: string;
  kind: ProxyKind;
  host: string | null;
  port: number | null;
}

async function read(ctx: PlanContext, args: string[]): Promise<string | null> {
  const r = await ctx.runner.run('networksetup', args, { timeoutMs: ctx.timeoutMs, signal: ctx.signal });
  return !r.spawnError && !r.timedOut && !r.truncated && r.exitCode === 0 ? r.stdout : null;
}

/** `-getautoproxyurl SERVICE`: "URL: <url or (null)>" and "Enabled: Yes|No". */
export function parseAutoProxyUrl(text: string): { enabled: boolean; url: string | null } | null {
  const url = /^URL:\s*(.*)$/m.exec(text)?.[1]?.trim();
  const enabled = /^Enabled:\s*(Yes|No)\s*$/m.exec(text)?.[1];
  if (url === undefined || enabled === undefined) return null;
  return { enabled: enabled === 'Yes', url: url === '' || url === '(null)' ? null : url };
}

async function planProxyOff(ctx: PlanContext): Promise<RepairPlan> {
  const dead = deadProxy(ctx.report);
  if (!dead) return manual('proxy-off', why(ctx, 'repair.manual.no-dead-proxy'));
  const listedText = await read(ctx, ['-listallnetworkservices']);
  const listed = listedText === null ? null : parseNetworkServices(listedText);
  if (!listed?.ok) return manual('proxy-off', why(ctx, 'repair.manual.no-services'));
  const names = listed.value.filter((s) => s.enabled).map((s) => s.name);
  const found: Found[] = [];
  const refused: string[] = [];
  for (const service of names) {
    // A name outside the safe set is never put on a command line, not even a read.
    if (serviceNameIssue(service, names)) {
      refused.push(service);
      continue;
    }
    for (const kind of 'pac' in dead ? (['auto'] as const) : (['web', 'secure-web', 'socks'] as const)) {
      const text = await read(ctx, [readVerb(kind), service]);
      if (text === null) continue;
      if (kind === 'auto') {
        const a = parseAutoProxyUrl(text);
        if (a?.enabled) found.push({ service, kind, host: null, port: null });
        continue;
      }
      const p = parseNetworksetupProxy(text);
      if (p.ok && p.value.enabled && !('pac' in dead) && p.value.host === dead.host && p.value.port === dead.port)
        found.push({ service, kind, host: p.value.host, port: p.value.port });
    }
  }
  if (found.length === 0) {
    return manual('proxy-off', why(ctx, refused.length ? 'repair.manual.unsafe-service' : 'repair.manual.service-not-found'));
  }
  const words = (ctx.t ?? EN).t('repair.plan.proxy-off', { targets: targets(ctx, found) });
  return ready('proxy-off', words, proxyOffCommands(found), found);
}

async function planProxyOn(ctx: PlanContext): Promise<RepairPlan> {
  if (ctx.saved.length === 0) return manual('proxy-on', why(ctx, 'repair.manual.nothing-saved'));
  const listedText = await read(ctx, ['-listallnetworkservices']);
  const listed = listedText === null ? null : parseNetworkServices(listedText);
  if (!listed?.ok) return manual('proxy-on', why(ctx, 'repair.manual.no-services-undo'));
  const names = listed.value.map((s) => s.name);
  for (const s of ctx.saved) {
    const problem = serviceNameProblem(s.service, names, ctx.t ?? EN);
    if (problem) return manual('proxy-on', why(ctx, 'repair.manual.service-unusable', { service: s.service, problem }));
    if (s.kind !== 'auto' && !(s.host && isSafeProxyHost(s.host) && isSafePort(String(s.port)))) {
      return manual('proxy-on', why(ctx, 'repair.manual.unsafe-server'));
    }
  }
  const words = (ctx.t ?? EN).t('repair.plan.proxy-on', { targets: targets(ctx, ctx.saved) });
  return ready('proxy-on', words, proxyOnCommands(ctx.saved), ctx.saved);
}
