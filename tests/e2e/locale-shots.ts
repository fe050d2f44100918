/**
 * Screenshots of the popover's main states (green, red NXDOMAIN with its card, settings) in every
 * language and the pseudo-locale, against the real app core on the simulated network:
 *   npx tsx tests/e2e/locale-shots.ts [out-dir]      (default tests/artifacts/locales)
 * For reviewing translations by eye (cut or ugly text); not part of `npm test`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { LOCALES, PSEUDO_LOCALE } from '../../shared/i18n';
import { ARTIFACTS, expandGroups, startStack } from './support/stack';

const out = path.resolve(process.argv[2] ?? path.join(ARTIFACTS, 'locales'));
const langs = [...LOCALES, PSEUDO_LOCALE];

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('.panel').evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.screenshot({ path: path.join(out, `${name}.png`) });
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const stack = await startStack();
  try {
    const run = async () => void (await stack.server.core.invoke('app:diagnosis-run', {}));
    await stack.scenario('healthy');
    await run();
    for (const lang of langs) {
      const { page } = await stack.open('light', lang);
      await page.locator('.group-toggle').first().waitFor();
      await shot(page, `${lang}-green`);
      await expandGroups(page);
      await shot(page, `${lang}-green-checks`);
      await page.locator('#tab-settings').click();
      await page.locator('#set-language').waitFor();
      await shot(page, `${lang}-settings`);
      await page.close();
    }
    await stack.scenario('dns-nxdomain');
    await run();
    for (const lang of langs) {
      const { page } = await stack.open('light', lang);
      const card = page.locator('article[data-card=dns-server-failing]');
      await card.waitFor();
      await card.locator('.card-foot .btn-plain').click();
      await shot(page, `${lang}-red-card`);
      await page.close();
    }
  } finally {
    await stack.close();
  }
  console.log(`wrote ${langs.length * 4} screenshots to ${out}`);
}

await main();
