/**
 * `npm run screenshots`: every picture the README shows, rendered from the recorded-style example
 * reports (tests/renderer/canned-reports.ts: Apple's real host names and addresses on port 443, a
 * Mac's macOS probes — no simulator ports), through the real renderer and preview server with the
 * fake core, at the popover's real size (360×520), light and dark. Not a test; the PNGs are
 * committed under assets/screenshots/ (argv[2] overrides the directory).
 *
 * Pictures: the first screen in each colour (first-screen/<light>-<scheme>.png), the red fix card
 * opened to all its steps, and a symptom guide.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startPreviewServer } from '../../electron/preview/server';
import { launchBrowser } from '../e2e/support/browser';
import { ensureRendererBuilt, ROOT } from '../e2e/support/build-renderer';
import type { CannedKind } from './canned-reports';
import { createFakeCore } from './fake-core';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'assets/screenshots'));
await mkdir(path.join(out, 'first-screen'), { recursive: true });
ensureRendererBuilt();
const browser = await launchBrowser();
const written: string[] = [];

/** Open the popover on `kind`, run `shoot` on it, in light and in dark. */
async function each(kind: CannedKind, shoot: (page: Page, scheme: 'light' | 'dark') => Promise<void>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'shots-'));
    const server = await startPreviewServer({ core: createFakeCore({ scenario: kind, stepDelayMs: 5 }), dataDir, log: () => {} });
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 520 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.url);
      await page.waitForSelector(`[role=status][data-light=${kind}]`);
      await page.locator('.groups .group').first().waitFor();
      await shoot(page, scheme);
    } finally {
      await page.close();
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
}

async function save(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight in the picture
  await page.evaluate('document.activeElement && document.activeElement.blur()'); // no focus ring either
  await page.waitForTimeout(150);
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file });
  written.push(path.relative(ROOT, file));
}

try {
  for (const kind of ['red', 'amber', 'green'] as const) await each(kind, (page, scheme) => save(page, `first-screen/${kind}-${scheme}`));
  // The primary card opened to every step (the first screen shows only the first).
  await each('red', async (page, scheme) => {
    const more = page
      .locator('article.card-open')
      .first()
      .getByRole('button', { name: /\d+ more steps?/ });
    if (await more.count()) await more.click();
    await page
      .locator('article.card-open')
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await save(page, `fix-card-${scheme}`);
  });
  // A symptom guide: the checks that can see it, then the steps only a person can do.
  await each('amber', async (page, scheme) => {
    await page.getByRole('tab', { name: 'Problems' }).click();
    await page.getByRole('button', { name: /Verification codes don’t arrive/ }).click();
    await page.locator('#guide-title').waitFor();
    await save(page, `guide-${scheme}`);
  });
} finally {
  await browser.close();
}
console.log(written.join('\n'));
