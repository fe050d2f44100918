/** The first render waits for the bridge's first state (one frame with the verdict), but not for ever. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { whenFirstState } from '../../renderer/lib/first-state';

const store = () => createStore<{ loaded: boolean; bridgeError: string | null }>()(() => ({ loaded: false, bridgeError: null }));

async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('whenFirstState', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits while nothing has arrived, and goes as soon as the state does', async () => {
    vi.useFakeTimers();
    const s = store();
    const p = whenFirstState(s, 250);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(p)).toBe(false);
    s.setState({ loaded: true });
    expect(await settled(p)).toBe(true);
  });

  it('goes at once when the state is already there', async () => {
    vi.useFakeTimers();
    const s = store();
    s.setState({ loaded: true });
    expect(await settled(whenFirstState(s, 250))).toBe(true);
  });

  it('goes on a bridge error: the header must say the service is unavailable, not wait', async () => {
    vi.useFakeTimers();
    const s = store();
    const p = whenFirstState(s, 250);
    s.setState({ bridgeError: 'gone' });
    expect(await settled(p)).toBe(true);
  });

  it('gives up after the cap, so a slow bridge still gets "Checking…" painted', async () => {
    vi.useFakeTimers();
    const s = store();
    const p = whenFirstState(s, 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(await settled(p)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(p)).toBe(true);
    // and stops listening: a late state does not call anything
    expect(() => s.setState({ loaded: true })).not.toThrow();
  });
});
