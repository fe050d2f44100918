/**
 * Composition root of the menu-bar app: wires the real parts together, holds no logic of its own.
 * An agent app from launch (LSUIElement in the packaged Info.plist, `app.dock.hide()` as the
 * fallback in dev), one instance only, alive with no window, hardened before any window exists.
 */
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { app, clipboard, Menu, Notification, nativeImage, net, powerMonitor, protocol, screen, session, shell, Tray } from 'electron';
import { DEFAULT_CONFIG } from '../../shared/config';
import { loadTranslator, type Translator } from '../../shared/i18n';
import { applyManagedConfig } from '../../shared/managed-settings';
import { createRealDeps, systemClock } from '../engine/deps';
import { createAppCore } from '../service/app-core';
import { loadConfigFile } from '../service/config-file';
import { adoptLegacyDataFolder, DATA_FOLDER } from '../service/data-folder';
import { readManagedPrefs } from '../service/managed/managed-prefs';
import { createElectronActionRunner } from './action-runner';
import { appLocale, popoverUrl, systemLocale } from './app-locale';
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './app-protocol';
import { createSafeOpener } from './external';
import { installHardening } from './hardening';
import { checkTrayVisibility } from './hidden-icon';
import { pushUpdate, registerIpcHandlers } from './ipc-main';
import { applyLoginItem, loginItemDrift } from './login-item';
import { createElectronNotifier } from './notifier';
import { createPopover } from './popover';
import { createPopoverFeed } from './popover-feed';
import { writeReportFile } from './report-file';
import { bindPowerEvents, watchNetwork } from './system-events';
import { createTrayController, loadTrayImages } from './tray';
import { trayMenuTemplate } from './tray-menu';
import { trayView } from './tray-view';
import { popoverWindowOptions } from './window-options';

// Bundled to dist/main.cjs: __dirname is dist/, next to preload.cjs and renderer/.
const distDir = __dirname;
const assetsDir = app.isPackaged ? join(process.resourcesPath, 'assets') : join(app.getAppPath(), 'assets');
const allowDevTools = !app.isPackaged;
const opener = createSafeOpener(shell);
const logError = (err: unknown) => console.error(`appleid-doctor: ${err instanceof Error ? err.message : String(err)}`);

// Before the single-instance lock (it lives in userData): the folder the CLI uses too, taking
// over the product-named folder of earlier builds when there is one.
const adopted = adoptLegacyDataFolder(app.getPath('appData'));
if (typeof adopted === 'object') logError(new Error(`could not move the old data folder: ${adopted.failed}`));
app.setPath('userData', join(app.getPath('appData'), DATA_FOLDER));
registerAppScheme(protocol);
installHardening(app, () => session.defaultSession, { openExternal: (url) => void opener.openUrl(url), allowDevTools });
// A menu-bar app keeps running with no window open (docs/tutorial/tray.md "Minimizing to tray").
app.on('window-all-closed', () => {});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  app.dock?.hide();
  // Agent apps show no menu bar of their own; the Edit roles keep ⌘C/⌘V working in the popover.
  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'editMenu' }]));
  serveRenderer(protocol, join(distDir, 'renderer'));

  // Dev only: point the engine at another network (e.g. the simulated one) with a config file.
  const devConfig = !app.isPackaged && process.env.APPLEID_DOCTOR_CONFIG ? await loadConfigFile(process.env.APPLEID_DOCTOR_CONFIG) : null;
  if (devConfig && !devConfig.ok) console.error(`appleid-doctor: ignoring APPLEID_DOCTOR_CONFIG:\n  ${devConfig.errors.join('\n  ')}`);
  // MDM-managed settings (/Library/Managed Preferences/<bundle id>.plist) win over the user's.
  const managedPrefs = await readManagedPrefs();
  if (managedPrefs.problem) console.warn(`appleid-doctor: ${managedPrefs.problem}`);
  const config = applyManagedConfig(devConfig?.ok ? devConfig.config : DEFAULT_CONFIG, managedPrefs.managed);
  const engineDeps = { ...createRealDeps(config), resolveProxy: (url: string) => session.defaultSession.resolveProxy(url) };

  const images = loadTrayImages(nativeImage, assetsDir);
  const tray = new Tray(images.checking);
  // The language: the setting, else macOS's preferred languages (read once per launch, as macOS
  // itself asks apps to relaunch after a language change). Tray, notifications and popover share it.
  const sysLocale = systemLocale(app);
  let tr: Translator | null = null;
  const notifier = createElectronNotifier({
    Notification,
    onClick: (kind) => void (kind === 'first-run' ? opener.openSettingsPane('menu-bar') : popover.show()),
  });
  const core = createAppCore({
    config,
    engineDeps,
    clock: systemClock,
    dataDir: app.getPath('userData'),
    managed: managedPrefs.managed,
    notifier,
    actions: createElectronActionRunner({ opener, shell, clipboard }),
    translator: () => tr ?? fallbackTranslator,
  });
  const fallbackTranslator = await loadTranslator('en');
  let locale = appLocale(core.settings().language, sysLocale);
  tr = await loadTranslator(locale).catch(() => fallbackTranslator);
  // Updates reach the popover's renderer only while it is visible (popover-feed.ts).
  const feed = createPopoverFeed({
    send: (u) => pushUpdate(popover.webContents(), u),
    snapshot: () => core.invoke('app:diagnosis-state', {}),
    onError: logError,
  });
  const popover = createPopover({
    tray,
    indexUrl: popoverUrl(APP_INDEX_URL, locale, sysLocale),
    window: popoverWindowOptions({ preload: join(distDir, 'preload.cjs'), allowDevTools }),
    // The feed first: the state the renderer missed while hidden goes before the fresh check's updates.
    onShow: () => {
      feed.shown();
      core.signals.popoverOpened();
    },
    onHide: () => feed.hidden(),
  });
  registerIpcHandlers({ core, ourWebContents: () => popover.webContents() });

  const trayUi = createTrayController({
    tray,
    images,
    buildMenu: (template) => Menu.buildFromTemplate(template),
    menuTemplate: () =>
      trayMenuTemplate(
        { lastLine: trayUi.current()?.lastLine ?? '', launchAtLogin: core.settings().launchAtLogin, canLaunchAtLogin: app.isPackaged },
        {
          checkNow: () => void core.invoke('app:diagnosis-run', {}).catch(logError),
          openReport: () =>
            void writeReportFile(core, tmpdir(), Date.now())
              .then((file) => shell.openPath(file))
              .catch(logError),
          openSettings: () => void popover.show().then(() => pushUpdate(popover.webContents(), { kind: 'navigate', view: 'settings' })),
          setLaunchAtLogin: (on) => void core.invoke('app:settings-set', { patch: { launchAtLogin: on } }).catch(logError),
          quit: () => app.quit(),
        },
        tr ?? fallbackTranslator,
      ),
  });
  let lastState = await core.invoke('app:diagnosis-state', {});
  const renderTray = (force = false) => trayUi.render(trayView(lastState, core.settings().titleText, tr ?? fallbackTranslator), force);
  renderTray();
  // menubar blanks the tooltip when it adopts the tray: render again once it has.
  void popover.ready.then(() => renderTray(true));
  core.onUpdate((u) => {
    feed.update(u);
    if (u.kind === 'state') {
      lastState = u.state;
      renderTray();
    }
  });
  core.onSettingsChange((s) => {
    applyLoginItem(app, s.launchAtLogin);
    const next = appLocale(s.language, sysLocale);
    if (next === locale) return renderTray();
    // The open popover switches itself (it made the change); windows created later load in it.
    locale = next;
    popover.setIndexUrl(popoverUrl(APP_INDEX_URL, next, sysLocale));
    void loadTranslator(next)
      .then((t) => {
        if (locale !== next) return;
        tr = t;
        renderTray(true);
      })
      .catch(logError);
  });
  const drift = loginItemDrift(app, core.settings().launchAtLogin);
  if (drift !== null) await core.invoke('app:settings-set', { patch: { launchAtLogin: drift } });

  const unbindPower = bindPowerEvents(powerMonitor, core.signals);
  const unwatchNet = watchNetwork({ isOnline: () => net.isOnline(), interfaces: networkInterfaces, onChange: () => core.signals.networkChanged() });
  checkTrayVisibility({
    getBounds: () => tray.getBounds(),
    displays: () => screen.getAllDisplays(),
    firstRun: core.firstRun,
    notify: (n) => notifier.notify(n),
    t: tr,
  });
  app.on('second-instance', () => void popover.show());
  app.on('before-quit', () => {
    unbindPower();
    unwatchNet();
    void core.stop();
  });
  await core.start();
}
