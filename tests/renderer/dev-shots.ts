/**
 * Development aid (not a test): render the popover against the fake core in each colour and save
 * screenshots to tests/artifacts/dev/. Run: `npx tsx tests/renderer/dev-shots.ts [filter]`.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer } from '../../electron/preview/server';
import { launchBrowser } from '../e2e/support/browser';
import { ensureRendererBuilt, ROOT } from '../e2e/support/build-renderer';
import type { CannedKind } from './canned-reports';
import { createFakeCore } from './fake-core';

const out = path.join(ROOT, 'tests/artifacts/dev');
await mkdir(out, { recursive: true });
ensureRendererBuilt();
const filter = process.argv[2] ?? '';
const browser = await launchBrowser();
for (const scheme of ['light', 'dark'] as const) {
  for (const kind of ['green', 'amber', 'red'] as CannedKind[]) {
    const core = createFakeCore({ scenario: kind, stepDelayMs: 5 });
    const server = await startPreviewServer({ core, dataDir: await mkdtemp(path.join(os.tmpdir(), 'dev-')), log: () => {} });
    const page = await browser.context.newPage();
    page.on('console', (m) => console.log(`[${kind}/${scheme}] ${m.type()}: ${m.text()}`));
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.waitForSelector(`[role=status][data-light=${kind}]`);
    const shot = async (name: string) => {
      if (`${kind}-${scheme}-${name}`.includes(filter)) await page.screenshot({ path: path.join(out, `${kind}-${scheme}-${name}.png`) });
    };
    await shot('status');
    if (kind === 'green') {
      await page.getByRole('button', { name: /Apple Account sign-in servers/ }).click();
      await shot('expanded');
    }
    await page.getByRole('tab', { name: 'Problems' }).click();
    await shot('symptoms');
    await page.getByRole('button', { name: /Verification codes/ }).click();
    await page.waitForTimeout(300);
    await shot('guide');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.waitForTimeout(200);
    await shot('history');
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.waitForTimeout(200);
    await shot('report');
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.waitForTimeout(200);
    await shot('settings');
    await page.close();
    await server.close();
  }
}
// The first run, before any report: the light says "checking" and rows stream in.
{
  const core = createFakeCore({ scenario: 'red', stepDelayMs: 400, initialReport: false });
  const server = await startPreviewServer({ core, dataDir: await mkdtemp(path.join(os.tmpdir(), 'dev-')), log: () => {} });
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.locator('[role=status][data-loaded=true]').waitFor();
  void core.invoke('app:diagnosis-run', {});
  await page.waitForTimeout(1500);
  if ('checking'.includes(filter) || !filter) await page.screenshot({ path: path.join(out, 'checking.png') });
  await page.close();
  await server.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
