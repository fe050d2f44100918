/**
 * The real app core for the preview: the same engine and monitor as the menu-bar app, with the
 * Electron-only pieces replaced — notifications are logged, fix actions cannot open anything on
 * this machine (a browser tab may be on any OS), so they explain what the Mac app would do and
 * hand copy-command text back for the page to put on its own clipboard.
 */
import { createAppCore } from '../service/app-core';
import { createRealDeps } from '../engine/deps';
import type { ActionResult } from '../../shared/ipc';
import { resolveConfig } from '../../shared/config';
import type { FixAction } from '../../shared/fix-types';
import type { PreviewCore } from './bridge-host';
import type { PreviewServerOptions } from './server';

const APP_NAMES = { 'keychain-access': 'Keychain Access', terminal: 'Terminal' } as const;

/** What a fix action does in the preview. Pure. */
export function previewAction(action: FixAction): ActionResult {
  switch (action.kind) {
    case 'copy-command':
      return { ok: true, message: 'Command copied. Paste it into Terminal.', clipboardText: action.command };
    case 'recheck':
      return { ok: true, message: 'Checking again…', recheck: [...action.checks] };
    case 'open-settings':
      return { ok: true, message: `On the Mac this opens System Settings (${action.label}). Nothing opens in the preview.` };
    case 'open-url':
      return { ok: true, message: `On the Mac this opens ${action.url} in your browser.` };
    case 'open-app':
      return { ok: true, message: `On the Mac this opens ${APP_NAMES[action.app]}.` };
    case 'repair':
      // Repairs go through the consent flow (app:repair-plan / app:repair-run), never this channel.
      return { ok: false, message: 'This repair asks first: use its button on the card.' };
  }
}

/** Build the real app core for the preview server. Throws with readable errors on a bad config. */
export function createPreviewCore(opts: PreviewServerOptions & { log: (line: string) => void }): PreviewCore {
  const resolved = opts.resolvedConfig ? { ok: true as const, config: opts.resolvedConfig } : resolveConfig(opts.config ?? {});
  if (!resolved.ok) throw new Error(`invalid config:\n  ${resolved.errors.join('\n  ')}`);
  const engineDeps = createRealDeps(resolved.config);
  return createAppCore({
    config: resolved.config,
    engineDeps,
    clock: engineDeps.clock,
    dataDir: opts.dataDir,
    notifier: {
      notify: (n) => (opts.onNotify ? opts.onNotify(n) : opts.log(`notification: ${n.title} — ${n.body}`)),
    },
    actions: { run: async (action) => previewAction(action) },
  });
}
