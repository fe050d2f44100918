/**
 * The app core on virtual time, driven one scheduled cycle at a time: the scheduler's own timer
 * starts each run (not "Check now", which is a person's click and adds a steps-log record), and
 * each call waits for that run's report. No notifications are shown and no fix action runs unless
 * `overrides` says otherwise. Shared by the monitor bench, the soaks and the service tests.
 */
import { type AppCore, type AppCoreDeps, createAppCore } from '../../../electron/service/app-core';
import type { Report } from '../../../shared/report';
import { createVirtualTime, type VirtualTime } from './virtual-time';

export interface ScheduledCore {
  core: AppCore;
  vt: VirtualTime;
  /** Start the monitor; resolves with the first run's report. */
  start(): Promise<Report>;
  /** Jump to the next due time and resolve with the report of the run the timer started. */
  next(): Promise<Report>;
}

export function scheduledCore(
  deps: Pick<AppCoreDeps, 'config' | 'engineDeps' | 'dataDir'> & Partial<AppCoreDeps>,
  vt: VirtualTime = createVirtualTime(),
): ScheduledCore {
  const core = createAppCore({
    clock: vt,
    timers: vt,
    notifier: { notify: () => undefined },
    actions: { run: async () => ({ ok: true, message: '' }) },
    log: () => undefined,
    ...deps,
  });
  let finished: ((r: Report) => void) | null = null;
  core.onUpdate((u) => {
    if (u.kind === 'finished') finished?.(u.report);
  });
  /** Resolves with the next finished report; `go` is what makes it happen. */
  const reportOf = async (go: () => Promise<void>): Promise<Report> => {
    const done = new Promise<Report>((r) => {
      finished = r;
    });
    await go();
    const report = await done;
    finished = null;
    return report;
  };
  return {
    core,
    vt,
    start: () => reportOf(() => core.start()),
    next: () =>
      reportOf(async () => {
        const state = await core.invoke('app:diagnosis-state', {});
        const due = state.nextCheckAt ? Date.parse(state.nextCheckAt) - vt.now() : 0;
        await vt.advance(Math.max(0, due));
      }),
  };
}
