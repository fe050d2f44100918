import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { noticesFor } from '../../electron/service/alert-notices';
import { createElectronNotifier } from '../../electron/shell/notifier';
import { causeText } from '../../shared/cause-text';
import { EN } from '../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../shared/settings';

beforeEach(() => electron.__resetElectronMock());

describe('Electron notifier', () => {
  it('shows the title and cause text; a click opens the popover (via onClick with the kind)', () => {
    const onClick = vi.fn();
    const n = createElectronNotifier({ Notification: electron.Notification as never, onClick });
    n.notify({ kind: 'down', title: 'This Mac cannot sign in to Apple', body: causeText('captive.detected', EN).sentence, cause: 'captive.detected' });
    const shown = electron.Notification.instances[0]!;
    expect(shown.shown).toBe(true);
    expect(shown.options).toMatchObject({ title: 'This Mac cannot sign in to Apple', body: causeText('captive.detected', EN).sentence });
    shown.emit('click');
    expect(onClick).toHaveBeenCalledWith('down');
  });

  it('does nothing where notifications are unsupported', () => {
    electron.Notification.supported = false;
    createElectronNotifier({ Notification: electron.Notification as never, onClick: vi.fn() }).notify({ kind: 'restored', title: 't', body: 'b', cause: null });
    expect(electron.Notification.instances).toHaveLength(0);
  });
});

describe('notification policy (settings toggles)', () => {
  const down = { kind: 'down', cause: 'dns.nxdomain' } as const;
  it('words a down alert with the plain cause sentence', () => {
    const [n] = noticesFor([down], DEFAULT_SETTINGS, EN);
    expect(n).toMatchObject({ kind: 'down', cause: 'dns.nxdomain', body: expect.stringContaining(causeText('dns.nxdomain', EN).sentence) });
  });

  it('each toggle silences its own kind only', () => {
    expect(noticesFor([down], { ...DEFAULT_SETTINGS, notifyUnreachable: false }, EN)).toEqual([]);
    expect(noticesFor([{ kind: 'restored', cause: null }], { ...DEFAULT_SETTINGS, notifyRestored: false }, EN)).toEqual([]);
    expect(noticesFor([{ kind: 'outage', cause: 'apple.outage' }], { ...DEFAULT_SETTINGS, notifyAppleOutage: false }, EN)).toEqual([]);
    expect(noticesFor([{ kind: 'down', cause: 'apple.outage' }], { ...DEFAULT_SETTINGS, notifyUnreachable: false }, EN)).toHaveLength(1);
  });

  it('"notify me when Apple Account is back" replaces the restored notice at the same moment', () => {
    const events = [
      { kind: 'restored', cause: null },
      { kind: 'apple-back', cause: null },
    ] as const;
    expect(noticesFor(events, DEFAULT_SETTINGS, EN).map((n) => n.kind)).toEqual(['restored']);
    expect(noticesFor(events, { ...DEFAULT_SETTINGS, notifyWhenAppleBack: true }, EN).map((n) => n.kind)).toEqual(['apple-back']);
  });
});
