/**
 * Debian's Chromium for the browser tests (never a downloaded browser). When it is missing the
 * suite is skipped with a loud message — except in CI, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.APPLEID_DOCTOR_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser tests can run here; logs the reason loudly when not. Throws in CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const msg = `\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.\n!! Install Debian's chromium (apt-get install chromium) or set APPLEID_DOCTOR_CHROMIUM.\n${'!'.repeat(78)}\n`;
  if (process.env.CI) throw new Error(`CI requires Chromium for the e2e suite.${msg}`);
  console.warn(msg);
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh profile, sized like the popover. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 360, height: 520 },
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
    // Never let the page reach anything but the preview on 127.0.0.1.
    proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1,localhost' },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
