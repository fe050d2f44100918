/**
 * The popover's window is kept, hidden, between opens (electron/shell/popover.ts). While it is
 * hidden its relative times are not refreshed — no timer wakes the renderer to redraw them — and
 * the moment it is visible again they are read afresh (renderer/lib/now-clock.ts). Page time is
 * Playwright's fake clock; "hidden" is the Page Visibility API, which is what Electron reports for
 * a hidden window. Fake core in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { setUpFakeStack } from './support/fake-stack';

const run = chromiumAvailable();

// Runs in the page: report `state` as the document's visibility, as a hidden window does.
const SET_VISIBILITY = (state: 'hidden' | 'visible') =>
  `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' }); document.dispatchEvent(new Event('visibilitychange'));`;

describe.skipIf(!run)('a hidden popover', () => {
  const fx = setUpFakeStack({ scenario: 'green' });

  it('does not redraw "checked … ago" while hidden, and shows the right age as soon as it is visible', async () => {
    const page = await fx.browser.context.newPage();
    await page.clock.install();
    await page.goto(fx.server.url);
    await page.locator('[role=status][data-light=green]').waitFor();
    const when = page.locator('.when-text');
    const fresh = await when.textContent();
    expect(fresh).toMatch(/just now/i);

    await page.evaluate(SET_VISIBILITY('hidden'));
    await page.clock.runFor(10 * 60_000);
    expect(await when.textContent()).toBe(fresh);

    await page.evaluate(SET_VISIBILITY('visible'));
    await expect.poll(() => when.textContent()).toMatch(/10 min\. ago/);
    // Visible again, it keeps itself current.
    await page.clock.runFor(5 * 60_000);
    await expect.poll(() => when.textContent()).toMatch(/15 min\. ago/);
    await page.close();
  });
});
