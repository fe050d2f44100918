/**
 * The TCP connector and phase deadlines: staggered attempts, cancellation, bookkeeping.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeadlineError, PhaseSignal, phaseDeadline, raceSignal } from '../../../electron/engine/deadline';
import { connectAny, interleave } from '../../../electron/engine/probes/connector';
import { dropSupported, type SwitchableListener, startListener } from '../../sim/listener';

const mono = () => performance.now();
let open: SwitchableListener;
let dropping: SwitchableListener | null = null;

beforeAll(async () => {
  open = await startListener((s) => s.end());
  if (dropSupported()) dropping = await startListener(() => {}, 'drop');
});
afterAll(async () => {
  await open?.close();
  await dropping?.close();
});

describe('phase deadlines', () => {
  it('fire at their time with a DeadlineError, or at once when the run is cancelled', async () => {
    const d = phaseDeadline(30);
    await expect(raceSignal(new Promise(() => {}), d.signal)).rejects.toBeInstanceOf(DeadlineError);
    expect(d.error()?.cancelled).toBe(false);
    d.dispose();
    const parent = new AbortController();
    parent.abort();
    const c = phaseDeadline(10_000, parent.signal);
    expect(c.signal.aborted).toBe(true);
    expect(c.error()?.cancelled).toBe(true);
    c.dispose();
  });
});

describe('a phase signal', () => {
  it('behaves like an AbortSignal: fires once, in order, never late, and one throwing listener stops no other', async () => {
    const s = new PhaseSignal();
    const calls: string[] = [];
    const removed = () => calls.push('removed');
    s.addEventListener('abort', () => calls.push(`first ${String(s.reason)}`));
    s.addEventListener('abort', removed);
    s.addEventListener('abort', () => {
      throw new Error('listener bug');
    });
    s.addEventListener('abort', () => calls.push('last'));
    s.removeEventListener('abort', removed);
    const uncaught = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
    s.abort('why');
    s.abort('again');
    s.addEventListener('abort', () => calls.push('too late'));
    expect(calls).toEqual(['first why', 'last']);
    expect(s.aborted).toBe(true);
    expect(s.reason).toBe('why');
    expect(((await uncaught) as Error).message).toBe('listener bug');
  });

  it('a listener taken off during the dispatch, before its turn, is not called (as with EventTarget)', () => {
    for (const make of [() => new PhaseSignal(), () => new AbortController()] as const) {
      const s = make();
      const target = s instanceof PhaseSignal ? s : s.signal;
      const calls: string[] = [];
      const second = () => calls.push('second');
      target.addEventListener('abort', () => {
        calls.push('first');
        target.removeEventListener('abort', second);
      });
      target.addEventListener('abort', second);
      s.abort('x');
      expect(calls, s.constructor.name).toEqual(['first']);
    }
  });

  it('follows its parent until disposed, and starts aborted under an aborted parent', () => {
    const parent = new AbortController();
    const kept = PhaseSignal.following(parent.signal);
    const dropped = PhaseSignal.following(parent.signal);
    dropped.dispose();
    parent.abort('run cancelled');
    expect([kept.signal.aborted, kept.signal.reason]).toEqual([true, 'run cancelled']);
    expect(dropped.signal.aborted).toBe(false);
    expect(PhaseSignal.following(parent.signal).signal.reason).toBe('run cancelled');
  });
});

describe('connectAny', () => {
  it('alternates address families starting with the resolver’s first choice', () => {
    expect(interleave(['1.1.1.1', '2.2.2.2', '::1', '::2'])).toEqual(['1.1.1.1', '::1', '2.2.2.2', '::2']);
    expect(interleave(['::1', '1.1.1.1'])).toEqual(['::1', '1.1.1.1']);
  });

  it('connects and records one successful attempt', async () => {
    const r = await connectAny(['127.0.0.1'], open.port, { timeoutMs: 1000, signal: new AbortController().signal, mono });
    r.socket?.destroy();
    expect(r.failure).toBeNull();
    expect(r.phase).toMatchObject({ address: '127.0.0.1', byFamily: { v4: 'ok', v6: null } });
    expect(r.phase.attempts).toEqual([expect.objectContaining({ address: '127.0.0.1', code: null, cause: null })]);
  });

  it('no address → a tcp failure, never a throw', async () => {
    const r = await connectAny([], 443, { timeoutMs: 1000, signal: new AbortController().signal, mono });
    expect(r.socket).toBeNull();
    expect(r.failure?.phase).toBe('tcp');
  });

  it.skipIf(!dropSupported())('a silent first address does not stall the next one (attempts staggered 250 ms)', async () => {
    // 127.0.0.1:P drops SYNs; 127.0.0.2:P (another loopback alias) accepts.
    const port = dropping?.port ?? 0;
    const alias = net.createServer((s) => s.end());
    await new Promise<void>((r) => alias.listen(port, '127.0.0.2', () => r()));
    try {
      const t0 = performance.now();
      const r = await connectAny(['127.0.0.1', '127.0.0.2'], port, { timeoutMs: 3000, signal: new AbortController().signal, mono });
      r.socket?.destroy();
      expect(r.failure).toBeNull();
      expect(r.phase.address).toBe('127.0.0.2');
      expect(performance.now() - t0).toBeLessThan(3000);
      // The silent attempt was abandoned, not counted as a failure.
      expect(r.phase.attempts.find((a) => a.address === '127.0.0.1')).toMatchObject({ code: 'ECANCELED', cause: null });
      expect(r.phase.byFamily.v4).toBe('ok');
    } finally {
      await new Promise<void>((r) => alias.close(() => r()));
    }
  });

  it.skipIf(!dropSupported())('a cancelled run stops every attempt at once', async () => {
    const c = new AbortController();
    setTimeout(() => c.abort(new Error('cancel')), 50);
    const t0 = performance.now();
    const r = await connectAny(['127.0.0.1'], dropping?.port ?? 0, { timeoutMs: 10_000, signal: c.signal, mono });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.socket).toBeNull();
    expect(r.phase.attempts[0]).toMatchObject({ code: 'ECANCELED' });
  });
});
