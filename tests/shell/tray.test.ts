import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { createTrayController, loadTrayImages, TRAY_ICON_FILES } from '../../electron/shell/tray';
import { trayMenuTemplate } from '../../electron/shell/tray-menu';
import { trayView } from '../../electron/shell/tray-view';
import { EN } from '../../shared/i18n';
import type { AppState } from '../../shared/ipc';
import { fakeReport } from '../service/fakes';

const state = (over: Partial<AppState> = {}): AppState => ({ report: null, running: null, alertState: 'OK', unstable: false, nextCheckAt: null, ...over });

beforeEach(() => electron.__resetElectronMock());

describe('tray view per verdict', () => {
  it('checking before the first report, then the verdict light, tooltip = headline', () => {
    expect(trayView(state(), 'none', EN)).toMatchObject({ icon: 'checking', tooltip: 'Checking Apple sign-in…', title: '', lastLine: 'No check finished yet' });
    for (const light of ['green', 'amber', 'red'] as const) {
      const r = fakeReport(light, light === 'red' ? 'dns.nxdomain' : null);
      const v = trayView(state({ report: r }), 'none', EN);
      expect(v.icon).toBe(light);
      expect(v.tooltip).toBe(r.verdict.headline);
      expect(v.lastLine).toContain(r.verdict.headline);
      expect(v.lastLine).toMatch(/^Last check \d\d:\d\d( [AP]M)? — /);
    }
  });

  it('keeps showing the last verdict while a new check runs (no flicker every 5 minutes)', () => {
    const v = trayView(state({ report: fakeReport('green'), running: { runId: 'r', pending: ['dns'], done: [] } }), 'none', EN);
    expect(v.icon).toBe('green');
  });

  it('title text: none, a status word, or the median latency of working endpoints', () => {
    expect(trayView(state({ report: fakeReport('red', 'tcp.timeout') }), 'status', EN).title).toBe('Problem');
    expect(trayView(state({ report: fakeReport('amber') }), 'status', EN).title).toBe('Warning');
    expect(trayView(state({ report: fakeReport('green') }), 'latency', EN).title).toBe('102 ms'); // median of 84.4 and 120
    expect(trayView(state({ report: fakeReport('red', 'tcp.timeout') }), 'latency', EN).title).toBe('—');
    expect(trayView(state({ report: fakeReport('green') }), 'none', EN).title).toBe('');
  });

  it('flapping shows "unstable" in the tooltip and title', () => {
    const v = trayView(state({ report: fakeReport('green'), unstable: true }), 'status', EN);
    expect(v.tooltip).toMatch(/unstable/);
    expect(v.title).toBe('Unstable');
  });
});

describe('tray controller', () => {
  function setup(platform: NodeJS.Platform = 'darwin') {
    const images = loadTrayImages(electron.nativeImage as never, '/app/assets');
    const tray = new electron.Tray(images.checking);
    const actions = { checkNow: vi.fn(), openReport: vi.fn(), openSettings: vi.fn(), setLaunchAtLogin: vi.fn(), quit: vi.fn() };
    const ui = createTrayController({
      tray: tray as never,
      images,
      buildMenu: (t) => electron.Menu.buildFromTemplate(t as never) as never,
      menuTemplate: () => trayMenuTemplate({ lastLine: ui.current()?.lastLine ?? '', launchAtLogin: true, canLaunchAtLogin: true }, actions, EN),
      platform,
    });
    return { tray, images, ui, actions };
  }

  it('loads one template image per state, by file names ending in Template', () => {
    const { images } = setup();
    for (const [s, file] of Object.entries(TRAY_ICON_FILES)) {
      const img = images[s as keyof typeof images] as unknown as electron.FakeNativeImage;
      expect(img.path).toBe(`/app/assets/${file}`);
      expect(img.isTemplateImage()).toBe(true);
      expect(file).toMatch(/Template\.png$/);
    }
  });

  it('renders state changes onto the tray', () => {
    const { tray, images, ui } = setup();
    ui.render(trayView(state({ report: fakeReport('red', 'tcp.timeout') }), 'status', EN));
    expect(tray.image).toBe(images.red);
    expect(tray.tooltip).toBe('You cannot sign in right now');
    expect(tray.title).toBe('Problem');
    ui.render(trayView(state({ report: fakeReport('green') }), 'status', EN));
    expect(tray.image).toBe(images.green);
  });

  it('right click pops up the menu (never setContextMenu on macOS, which would eat the left click)', () => {
    const { tray, ui, actions } = setup();
    ui.render(trayView(state({ report: fakeReport('green') }), 'none', EN));
    tray.emit('right-click', {}, tray.bounds);
    expect(tray.contextMenu).toBeNull();
    expect(tray.popUpContextMenu).toHaveBeenCalledTimes(1);
    const menu = tray.popUpContextMenu.mock.calls[0]![0] as electron.FakeMenu;
    const byId = Object.fromEntries(menu.items.filter((i) => i.id).map((i) => [i.id as string, i]));
    expect(Object.keys(byId)).toEqual(['check-now', 'last-result', 'open-report', 'settings', 'launch-at-login', 'quit']);
    expect(byId['last-result']).toMatchObject({ enabled: false, label: expect.stringContaining('You can sign in') });
    expect(byId['launch-at-login']).toMatchObject({ type: 'checkbox', checked: true });
    (byId['check-now']!.click as () => void)();
    (byId['launch-at-login']!.click as (i: { checked: boolean }) => void)({ checked: false });
    (byId.quit!.click as () => void)();
    expect(actions.checkNow).toHaveBeenCalled();
    expect(actions.setLaunchAtLogin).toHaveBeenCalledWith(false);
    expect(actions.quit).toHaveBeenCalled();
    expect(tray.ignoreDoubleClick).toBe(true);
  });

  it('launch at login is disabled (and says why) outside a packaged app', () => {
    const t = trayMenuTemplate(
      { lastLine: 'x', launchAtLogin: false, canLaunchAtLogin: false },
      { checkNow() {}, openReport() {}, openSettings() {}, setLaunchAtLogin() {}, quit() {} },
      EN,
    );
    expect(t.find((i) => i.id === 'launch-at-login')).toMatchObject({ enabled: false, label: expect.stringContaining('packaged') });
  });
});
