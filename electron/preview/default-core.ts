/**
 * The real app core for the preview: the same engine and monitor as the menu-bar app, with the
 * Electron-only pieces replaced — notifications are logged, fix actions cannot open anything on
 * this machine (a browser tab may be on any OS), so they explain what the Mac app would do and
 * hand copy-command text back for the page to put on its own clipboard.
 */

import { type Config, type ConfigInput, resolveConfig } from '../../shared/config';
import { appName } from '../../shared/fix-catalog';
import type { FixAction } from '../../shared/fix-types';
import { EN } from '../../shared/i18n';
import type { ActionResult } from '../../shared/ipc';
import { applyManagedConfig, type ManagedSettings } from '../../shared/managed-settings';
import { createRealDeps } from '../engine/deps';
import { createAppCore } from '../service/app-core';
import type { PreviewCore } from './bridge-host';

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
      return { ok: true, message: `On the Mac this opens ${appName(action.app, EN)}.` };
    case 'repair':
      // Repairs go through the consent flow (app:repair-plan / app:repair-run), never this channel.
      return { ok: false, message: 'This repair asks first: use its button on the card.' };
  }
}

/** What the real app core of the preview needs (a part of the server's options). */
export interface PreviewCoreOptions {
  /** Diagnosis config as a person writes it (the sim network's config in tests). */
  config?: ConfigInput;
  /** An already resolved config (e.g. from `loadConfigFile`); wins over `config`. */
  resolvedConfig?: Config;
  /** Where history and settings live. */
  dataDir: string;
  /** Receives the core's notifications (default: log them). */
  onNotify?: (n: { title: string; body: string; kind: string }) => void;
  /** MDM-managed settings to serve, as the Mac app would read them (`--managed FILE`, e2e tests). */
  managed?: ManagedSettings;
}

/** Build the real app core for the preview server. Throws with readable errors on a bad config. */
export function createPreviewCore(opts: PreviewCoreOptions & { log: (line: string) => void }): PreviewCore {
  const resolved = opts.resolvedConfig ? { ok: true as const, config: opts.resolvedConfig } : resolveConfig(opts.config ?? {});
  if (!resolved.ok) throw new Error(`invalid config:\n  ${resolved.errors.join('\n  ')}`);
  const config = opts.managed ? applyManagedConfig(resolved.config, opts.managed) : resolved.config;
  const engineDeps = createRealDeps(config);
  return createAppCore({
    config,
    ...(opts.managed ? { managed: opts.managed } : {}),
    engineDeps,
    clock: engineDeps.clock,
    dataDir: opts.dataDir,
    notifier: {
      notify: (n) => (opts.onNotify ? opts.onNotify(n) : opts.log(`notification: ${n.title} — ${n.body}`)),
    },
    actions: { run: async (action) => previewAction(action) },
  });
}
