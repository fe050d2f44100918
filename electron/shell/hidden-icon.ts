/**
 * macOS 26 lets users hide menu-bar items; a hidden Electron Tray still constructs fine but is
 * parked off-screen (`getBounds().y` = screen height), leaving a tray-only app with no way in
 * (tashfeenahmed/freellmapi PR #1146). On first run, or when the bounds look
 * parked, post a notification that points to System Settings › Menu Bar.
 */
import type { Rectangle } from 'electron';
import type { Translator } from '../../shared/i18n';
import { APP_NAME } from './product';

/** True when the icon has no size or does not lie within any display. Pure. */
export function trayLooksHidden(bounds: Rectangle | null | undefined, displays: readonly { bounds: Rectangle }[]): boolean {
  if (!bounds || bounds.width <= 0 || bounds.height <= 0) return true;
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return !displays.some((d) => cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width && cy >= d.bounds.y && cy < d.bounds.y + d.bounds.height);
}

/** The first-run hint, in the words of `t`. */
export function hiddenIconNotice(t: Translator) {
  return {
    kind: 'first-run' as const,
    cause: null,
    title: t.t('tray.notice.hidden', { app: APP_NAME }),
    body: t.t('tray.notice.hiddenBody'),
  };
}

/**
 * After the tray settles (bounds are often empty right after creation), notify when this is the
 * first run or the icon looks hidden. Returns a cancel function.
 */
export function checkTrayVisibility(o: {
  getBounds: () => Rectangle | null;
  displays: () => readonly { bounds: Rectangle }[];
  firstRun: boolean;
  notify: (n: ReturnType<typeof hiddenIconNotice>) => void;
  /** The app's language (the lead wires the live translator; tests pass EN). */
  t: Translator;
  delayMs?: number;
  timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}): () => void {
  const timers = o.timers ?? { setTimeout, clearTimeout };
  const handle = timers.setTimeout(() => {
    let hidden = true;
    try {
      hidden = trayLooksHidden(o.getBounds(), o.displays());
    } catch {
      // No bounds API: treat as unknown, rely on the first-run hint.
      hidden = false;
    }
    if (o.firstRun || hidden) o.notify(hiddenIconNotice(o.t));
  }, o.delayMs ?? 2_000);
  return () => timers.clearTimeout(handle);
}
