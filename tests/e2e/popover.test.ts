/**
 * The popover in Chromium, against the preview server running the real app core and engine on the
 * simulated Apple network: green, red with the right fix card, Re-check after the fault is gone,
 * amber, streaming progress without layout shift. Screenshots go to tests/artifacts (and the
 * README set to assets/screenshots).
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { PERSON } from './support/mac-shims';
import type { PageGlobals } from './support/page-globals';
import { checkNow, screenshot, scrollTop, setUpStack } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('popover against the simulated network', () => {
  // One stack per file; no console/CSP errors and no pages left open after each test.
  const fx = setUpStack();
  const open = fx.open;

  it('shows green with every check passing on a healthy network', async () => {
    await fx.stack.scenario('healthy');
    const page = await open();
    await checkNow(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-light')).toBe('green');
    await expect.poll(() => status.textContent()).toContain('You can sign in');
    expect(await status.textContent()).toContain('OK');
    const rows = page.locator('li.row');
    expect(await rows.count()).toBe(15);
    expect(await page.locator('li.row[data-status=pass]').count()).toBe(15);
    // Evidence is there for whoever wants it, and the account shows locally (never in exports).
    await page.getByRole('button', { name: /Apple Account on this Mac/ }).click();
    await expect.poll(() => page.locator('#evidence-account').textContent()).toContain(PERSON.accountId);
    await page.getByRole('button', { name: /Apple Account on this Mac/ }).click();
    await scrollTop(page);
    await screenshot(page, 'popover-green-light');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await screenshot(page, 'popover-green-dark');
  });

  it('shows red with the DNS fix card when Apple’s names do not resolve', async () => {
    await fx.stack.scenario('dns-nxdomain');
    const page = await open();
    await checkNow(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-light')).toBe('red');
    expect(await status.textContent()).toMatch(/Problem/);
    expect(await status.textContent()).toMatch(/can.t find Apple|cannot find Apple/i);
    const card = page.locator('article[data-card=dns-server-failing]');
    await card.waitFor();
    expect(await card.locator('.card-toggle').getAttribute('aria-expanded')).toBe('true');
    // The first screen shows the first step; the rest are one click away.
    expect(await card.locator('.steps > li').count()).toBe(1);
    await card.getByRole('button', { name: /\d+ more steps?/ }).click();
    expect(await card.locator('.steps > li').count()).toBeGreaterThanOrEqual(3);
    expect(await card.textContent()).toMatch(/DNS turns Apple’s server names into addresses/);
    await screenshot(page, 'popover-red-fix-card');
    // A copy-command step puts the exact command on the clipboard and says so.
    await card.getByRole('button', { name: 'Copy DNS flush command' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toContain('dscacheutil -flushcache');
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/Command copied/);
    // Ticking a step records when it was done.
    await card.getByRole('checkbox', { name: 'Step 1 done' }).check();
    await expect.poll(() => card.locator('.done-at').first().textContent()).toMatch(/Done at \d\d:\d\d/);
    // The failing check's evidence names the phase and the exact code.
    await page.getByRole('button', { name: /Apple Account sign-in servers/ }).click();
    const evidence = await page.locator('#evidence-signin-endpoints').textContent();
    expect(evidence).toMatch(/Failed during finding the address \(DNS\): Apple’s address not found/);
    expect(evidence).toMatch(/ENOTFOUND/);
    await page.getByRole('button', { name: /Apple Account sign-in servers/ }).click();
  });

  it('turns green when Re-check runs after the fault is removed', async () => {
    const page = await open();
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('red');
    const card = page.locator('article[data-card=dns-server-failing]');
    await card.getByRole('button', { name: 'Re-check' }).click();
    // Still broken: the card says so and stays.
    await expect.poll(() => card.locator('.recheck-result').textContent()).toMatch(/Not fixed yet/);
    await fx.stack.scenario('healthy');
    await card.getByRole('button', { name: 'Re-check' }).click();
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('green');
    const fixed = page.locator('article.card-fixed[data-card=dns-server-failing]');
    await expect.poll(() => fixed.textContent()).toMatch(/Fixed/);
    await scrollTop(page);
    await screenshot(page, 'fixed-after-recheck');
  });

  it('shows amber with the push card when port 5223 is blocked', async () => {
    await fx.stack.scenario('push-5223-blocked');
    const page = await open();
    await checkNow(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-light')).toBe('amber');
    expect(await status.textContent()).toMatch(/Warning/);
    expect(await page.locator('li.row[data-check=push]').getAttribute('data-status')).toBe('warn');
    await page.locator('article.card').first().waitFor();
    expect(await page.locator('article.card').first().textContent()).toMatch(/push|5223/i);
    await screenshot(page, 'popover-amber');
    await fx.stack.scenario('healthy');
  });

  it('streams each check from running to its result without moving the layout', async () => {
    await fx.stack.scenario('healthy');
    const page = await open();
    await checkNow(page);
    const tabsBefore = await page.getByRole('tablist').boundingBox();
    const rowBefore = await page.locator('li.row[data-check=dns]').boundingBox();
    fx.stack.sim.setLatency(250);
    try {
      await page.getByRole('button', { name: 'Check now' }).click();
      await page.locator('li.row[data-status=running]').first().waitFor();
      await page.getByRole('progressbar').waitFor();
      expect(await page.getByRole('button', { name: 'Checking…', exact: true }).getAttribute('aria-disabled')).toBe('true');
      expect(await page.getByRole('tablist').boundingBox()).toEqual(tabsBefore);
      expect(await page.locator('li.row[data-check=dns]').boundingBox()).toEqual(rowBefore);
      // Some checks finish before others: a mix of running and finished rows is seen.
      await page.waitForFunction(() => {
        const d = (globalThis as unknown as PageGlobals).document;
        return !!d.querySelector('.row[data-status=running]') && !!d.querySelector('.row[data-status=pass]');
      });
      await page.getByRole('button', { name: 'Check now' }).waitFor({ timeout: 20_000 });
    } finally {
      fx.stack.sim.setLatency(0);
    }
    expect(await page.getByRole('tablist').boundingBox()).toEqual(tabsBefore);
    expect(await page.locator('li.row[data-status=pass]').count()).toBe(15);
  });
});
