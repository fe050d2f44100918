/**
 * TCP phase: we connect to each resolved address ourselves (rather than letting `net.connect`
 * do happy eyeballs) so every attempt is timed, keeps its address and its own error — Node's
 * `autoSelectFamily` folds them into one AggregateError (nodejs/node#54359). Attempts are
 * staggered RFC 8305-style (250 ms apart, the next one starts at once when one fails); the first
 * success wins and the others are abandoned. Never throws.
 */
import net from 'node:net';
import type { Cause } from '../../../shared/causes';
import type { ConnectAttempt, EndpointFailure, TcpPhase } from '../../../shared/checks';
import { type Abortable, DeadlineError, ms, PhaseSignal, phaseDeadline } from '../deadline';
import { classifyTcpError, flattenErrors, rawError } from './classify';
import { dialTcp } from './dial';

/** RFC 8305 "Connection Attempt Delay" recommended default. */
const ATTEMPT_DELAY_MS = 250;
/** At most this many addresses are tried per phase (a resolver can return dozens). */
const MAX_ATTEMPTS = 4;

export interface ConnectOptions {
  timeoutMs: number;
  signal: Abortable;
  mono(): number;
}

export interface ConnectOutcome {
  phase: TcpPhase;
  socket: net.Socket | null;
  failure: EndpointFailure | null;
}

/** Order addresses by alternating families, starting with the resolver's first choice (RFC 8305 §4). */
export function interleave(addresses: readonly string[]): string[] {
  const first = net.isIP(addresses[0] ?? '');
  const a = addresses.filter((x) => net.isIP(x) === first);
  const b = addresses.filter((x) => net.isIP(x) !== first);
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]) out.push(a[i] as string);
    if (b[i]) out.push(b[i] as string);
  }
  return out;
}

/**
 * "This network" addresses (0.0.0.0/8, ::) are never dialled: a sinkhole answer is a block by
 * definition, and connecting to them reaches this machine itself on Linux and macOS.
 */
export function isUnspecified(address: string): boolean {
  return /^0\./.test(address) || address === '::' || /^0*(:0*){2,7}$/.test(address);
}

/** Connect to the first address that answers. */
export async function connectAny(addresses: readonly string[], port: number, opts: ConnectOptions): Promise<ConnectOutcome> {
  const t0 = opts.mono();
  const order = interleave(addresses.filter((a) => !isUnspecified(a))).slice(0, MAX_ATTEMPTS);
  const attempts: ConnectAttempt[] = addresses
    .filter(isUnspecified)
    .map((address) => ({ address, family: net.isIP(address) === 6 ? 6 : 4, code: 'EADDRNOTAVAIL', cause: 'tcp.unreachable', durationMs: 0 }));
  const deadline = phaseDeadline(opts.timeoutMs, opts.signal);
  const controllers: PhaseSignal[] = [];
  let winner: { socket: net.Socket; address: string } | null = null;

  await new Promise<void>((resolveAll) => {
    let next = 0;
    let pending = 0;
    let stagger: NodeJS.Timeout | null = null;
    const finish = (): void => {
      if (stagger) clearTimeout(stagger);
      stagger = null;
      resolveAll();
    };
    const start = (): void => {
      if (stagger) clearTimeout(stagger);
      stagger = null;
      if (winner || deadline.signal.aborted || next >= order.length) {
        if (pending === 0) finish();
        return;
      }
      const address = order[next++] as string;
      const family = net.isIP(address) === 6 ? 6 : 4;
      const attempt = PhaseSignal.following(deadline.signal);
      const c = attempt.signal;
      controllers.push(c);
      const began = opts.mono();
      pending++;
      dialTcp(address, port, c).then(
        (socket) => {
          pending--;
          attempt.dispose();
          attempts.push({ address, family, code: null, cause: null, durationMs: ms(opts.mono() - began) });
          if (winner) socket.destroy();
          else winner = { socket, address };
          for (const other of controllers) if (other !== c) other.abort(new Error('abandoned'));
          if (pending === 0) finish();
        },
        (err: unknown) => {
          pending--;
          attempt.dispose();
          attempts.push(attemptFailure(address, family, err, ms(opts.mono() - began)));
          // Start the next address at once (or finish when nothing is left in flight).
          start();
        },
      );
      if (next < order.length) stagger = setTimeout(start, ATTEMPT_DELAY_MS);
    };
    if (order.length === 0) finish();
    else start();
  });
  deadline.dispose();

  const w = winner as { socket: net.Socket; address: string } | null;
  const phase: TcpPhase = {
    durationMs: ms(opts.mono() - t0),
    address: w?.address ?? attempts.at(-1)?.address ?? null,
    attempts,
    byFamily: { v4: familyOutcome(attempts, 4), v6: familyOutcome(attempts, 6) },
  };
  if (w) return { phase, socket: w.socket, failure: null };
  const cause = worstCause(attempts);
  const last = attempts.find((a) => a.cause === cause) ?? attempts.at(-1);
  const message =
    order.length === 0
      ? 'no address to connect to'
      : attempts.map((a) => `${a.address}: ${a.code ?? 'no answer'}`).join('; ') || `no answer within ${opts.timeoutMs} ms`;
  return { phase, socket: null, failure: { phase: 'tcp', cause, code: last?.code ?? null, message } };
}

function attemptFailure(address: string, family: 4 | 6, err: unknown, durationMs: number): ConnectAttempt {
  if (err instanceof DeadlineError) {
    return { address, family, code: err.cancelled ? 'ECANCELED' : 'ETIMEDOUT', cause: 'tcp.timeout', durationMs };
  }
  if (err instanceof Error && err.message === 'abandoned') return { address, family, code: 'ECANCELED', cause: null, durationMs };
  const leaf = flattenErrors(err)[0];
  const raw = rawError(leaf);
  return { address, family, code: raw.code, cause: classifyTcpError(raw.code), durationMs };
}

/** Best outcome of one family: 'ok' beats any failure; null when not tried (or only abandoned). */
function familyOutcome(attempts: ConnectAttempt[], family: 4 | 6): 'ok' | Cause | null {
  const mine = attempts.filter((a) => a.family === family);
  if (mine.some((a) => a.code === null)) return 'ok';
  return mine.find((a) => a.cause !== null)?.cause ?? null;
}

/** The cause that best explains a failed phase: an active refusal says more than silence. */
const PRIORITY: Cause[] = ['tcp.refused', 'tcp.reset', 'tcp.timeout', 'tcp.unreachable'];
function worstCause(attempts: ConnectAttempt[]): Cause {
  const seen = new Set(attempts.map((a) => a.cause).filter((c): c is Cause => c !== null));
  return PRIORITY.find((c) => seen.has(c)) ?? 'tcp.timeout';
}
