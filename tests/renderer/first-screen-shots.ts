/**
 * Development aid (not a test): the first screen of the popover at its real size (360×520) on
 * the recorded-style NXDOMAIN report, light and dark, saved to the directory given as argv[2]
 * (default tests/artifacts/first-screen). Run: `npx tsx tests/renderer/first-screen-shots.ts [dir]`.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/server';
import { launchBrowser } from '../e2e/support/browser';
import { ensureRendererBuilt, ROOT } from '../e2e/support/build-renderer';
import { createFakeCore } from './fake-core';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'tests/artifacts/first-screen'));
await mkdir(out, { recursive: true });
ensureRendererBuilt();
const browser = await launchBrowser();
for (const kind of ['red', 'amber', 'green'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const core = createFakeCore({ scenario: kind, stepDelayMs: 5 });
    const server = await startPreviewServer({ core, dataDir: await mkdtemp(path.join(os.tmpdir(), 'shots-')), log: () => {} });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 520 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.waitForSelector(`[role=status][data-light=${kind}]`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, `${kind}-${scheme}.png`) });
    await page.close();
    await server.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
