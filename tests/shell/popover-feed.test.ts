import { describe, expect, it } from 'vitest';
import { createPopoverFeed } from '../../electron/shell/popover-feed';
import type { AppState, DiagnosisUpdate } from '../../shared/ipc';
import { fakeReport } from '../service/fakes';

const check = (runId: string): DiagnosisUpdate => ({ kind: 'check', runId, result: fakeReport('green').checks[0]! });
const started = (runId: string): DiagnosisUpdate => ({ kind: 'started', runId, checks: ['dns'] });

/** A feed over a recording renderer; `state` is what the core's snapshot holds when asked. */
function harness() {
  const sent: DiagnosisUpdate[] = [];
  const errors: unknown[] = [];
  let state = { marker: 0 } as unknown as AppState;
  let asked = 0;
  let fail = false;
  const pending: { resolve: (s: AppState) => void; reject: (e: unknown) => void; state: AppState }[] = [];
  const feed = createPopoverFeed({
    send: (u) => sent.push(u),
    // The core takes its snapshot when asked and answers later (an async invoke).
    snapshot: () =>
      new Promise<AppState>((resolve, reject) => {
        asked++;
        pending.push({ resolve, reject, state });
      }),
    onError: (e) => errors.push(e),
  });
  return {
    feed,
    sent,
    errors,
    asked: () => asked,
    setState: (marker: number) => {
      state = { marker } as unknown as AppState;
    },
    failNext: () => {
      fail = true;
    },
    /** Let the oldest snapshot request answer. */
    answer: async () => {
      const p = pending.shift()!;
      if (fail) p.reject(new Error('gone'));
      else p.resolve(p.state);
      fail = false;
      await Promise.resolve();
      await Promise.resolve();
    },
    /** Opened once, then hidden while an update came: the renderer is behind. */
    missedWhileHidden: () => {
      feed.shown();
      feed.hidden();
      feed.update(check('a'));
    },
    kinds: () => sent.map((u) => (u.kind === 'state' ? `state:${(u.state as unknown as { marker: number }).marker}` : u.kind)),
  };
}

describe('popover feed (what a hidden popover is sent)', () => {
  it('sends every update while the popover is visible, in order, and nothing while it is hidden', () => {
    const h = harness();
    h.feed.shown();
    h.feed.update(check('a'));
    h.feed.update({ kind: 'finished', runId: 'a', report: fakeReport('green') });
    h.feed.hidden();
    for (let i = 0; i < 20; i++) h.feed.update(check('b'));
    expect(h.kinds()).toEqual(['check', 'finished']);
    expect(h.asked()).toBe(0);
  });

  it('the first show also sends the state when updates came while the new window was loading', async () => {
    // menubar shows the window once its page has loaded; the page asked for the state while loading.
    const h = harness();
    h.feed.update(started('a'));
    h.setState(1);
    h.feed.shown();
    await h.answer();
    expect(h.kinds()).toEqual(['state:1']);
  });

  it('on the next show, sends the state once, before the updates that follow it', async () => {
    const h = harness();
    h.feed.shown();
    h.feed.hidden();
    h.setState(1);
    h.feed.update(started('b'));
    h.feed.update(check('b'));
    h.setState(2);
    h.feed.shown(); // the snapshot is taken now (state 2)...
    h.setState(3);
    h.feed.update(started('c')); // ...and the check the show starts comes after it
    h.feed.update(check('c'));
    expect(h.kinds()).toEqual([]);
    await h.answer();
    expect(h.kinds()).toEqual(['state:2', 'started', 'check']);
    h.feed.update(check('c'));
    expect(h.kinds()).toEqual(['state:2', 'started', 'check', 'check']);
    expect(h.asked()).toBe(1);
  });

  it('asks for no state when nothing happened while it was hidden', () => {
    const h = harness();
    h.feed.shown();
    h.feed.hidden();
    h.feed.shown();
    h.feed.update(check('a'));
    expect(h.asked()).toBe(0);
    expect(h.kinds()).toEqual(['check']);
  });

  it('hidden again before the state arrived: sends nothing then, and asks again at the next show', async () => {
    const h = harness();
    h.missedWhileHidden();
    h.feed.shown();
    h.feed.update(check('b'));
    h.feed.hidden();
    await h.answer(); // the first answer arrives while hidden
    expect(h.kinds()).toEqual([]);
    h.setState(7);
    h.feed.shown();
    expect(h.asked()).toBe(2);
    await h.answer();
    expect(h.kinds()).toEqual(['state:7']);
  });

  it('a show that replaced an earlier one ignores the earlier answer', async () => {
    const h = harness();
    h.missedWhileHidden();
    h.setState(1);
    h.feed.shown();
    h.feed.hidden();
    h.setState(2);
    h.feed.shown();
    await h.answer(); // show 1's answer: stale
    expect(h.kinds()).toEqual([]);
    await h.answer();
    expect(h.kinds()).toEqual(['state:2']);
  });

  it('a failed snapshot is reported, the held updates still go, and the next show asks again', async () => {
    const h = harness();
    h.missedWhileHidden();
    h.feed.shown();
    h.feed.update(check('b'));
    h.failNext();
    await h.answer();
    expect(h.errors).toHaveLength(1);
    expect(h.kinds()).toEqual(['check']);
    h.feed.hidden();
    h.setState(5);
    h.feed.shown();
    await h.answer();
    expect(h.kinds()).toEqual(['check', 'state:5']);
  });

  it('repeated show or hide signals change nothing', () => {
    const h = harness();
    h.feed.hidden();
    h.feed.shown();
    h.feed.shown();
    h.feed.update(check('a'));
    h.feed.hidden();
    h.feed.hidden();
    h.feed.update(check('b'));
    expect(h.kinds()).toEqual(['check']);
    expect(h.asked()).toBe(0);
  });
});
