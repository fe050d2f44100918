/**
 * `npm run preview -- [--config FILE] [--port N] [--data-dir DIR] [--managed FILE.plist]`: the whole
 * popover UI in any browser, backed by the real engine in Node. Prints the URL (with its one-run token) and runs
 * until interrupted.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../../shared/config';
import { loadConfigFile } from '../service/config-file';
import { readManagedPrefs } from '../service/managed/managed-prefs';
import { startPreviewServer } from './server';

async function main(): Promise<number> {
  let args: { config?: string; port?: string; 'data-dir'?: string; managed?: string; help?: boolean };
  try {
    args = parseArgs({
      options: {
        config: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        managed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    console.error(`appleid-doctor preview: ${err instanceof Error ? err.message : String(err)}`);
    return 64;
  }
  if (args.help) {
    console.log('usage: npm run preview -- [--config FILE] [--port N] [--data-dir DIR] [--managed FILE.plist]');
    return 0;
  }
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error('appleid-doctor preview: --port must be 0–65535');
    return 64;
  }
  let resolvedConfig: Config | undefined;
  if (args.config) {
    const loaded = await loadConfigFile(args.config);
    if (!loaded.ok) {
      for (const e of loaded.errors) console.error(`appleid-doctor preview: ${e}`);
      return 78;
    }
    resolvedConfig = loaded.config;
  }
  // Serve a managed configuration as if MDM had pushed it (the app reads /Library/Managed Preferences).
  const managedPrefs = args.managed ? await readManagedPrefs({ path: args.managed }) : null;
  if (managedPrefs?.problem) console.error(`appleid-doctor preview: ${managedPrefs.problem}`);
  if (managedPrefs && !managedPrefs.present) {
    console.error(`appleid-doctor preview: ${args.managed}: no such file`);
    return 78;
  }
  const dataDir = args['data-dir'] ?? (await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-preview-')));
  try {
    const server = await startPreviewServer({ resolvedConfig, port, dataDir, ...(managedPrefs ? { managed: managedPrefs.managed } : {}) });
    console.log(`appleid-doctor preview running — open this address in a browser on this computer:\n\n  ${server.url}\n`);
    console.log(`history and settings: ${dataDir}\npress Ctrl+C to stop`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (err) {
    console.error(`appleid-doctor preview: ${err instanceof Error ? err.message : String(err)}`);
    return 78;
  }
}

const code = await main();
if (code >= 0) process.exit(code);
