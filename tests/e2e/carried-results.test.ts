/**
 * Between full runs the monitor re-reads the macOS checks less often than it probes the network
 * (electron/service/monitor/cycle-scope.ts), and a result carried forward says when it was
 * measured: its row shows "10 min ago" where a fresh one shows its duration. Fake core in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { setUpFakeStack } from './support/fake-stack';
import { expandGroups, screenshot } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('results carried from an earlier run', () => {
  const fx = setUpFakeStack({
    scenario: 'green',
    transform: (r) => ({
      ...r,
      checks: r.checks.map((c) => (c.id === 'firewall' ? { ...c, measuredAt: new Date(Date.now() - 10 * 60_000).toISOString() } : c)),
    }),
  });

  it('shows how long ago a carried result was measured, and a fresh one’s duration', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(fx.server.url);
    await page.locator('[role=status][data-light=green]').waitFor();
    await expandGroups(page);
    expect(await page.locator('.row[data-check=firewall] .row-status').textContent()).toMatch(/^OK · 10 min\. ago$/);
    expect(await page.locator('.row[data-check=signin-endpoints] .row-status').textContent()).toMatch(/^OK · \d+ ms$/);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.locator('.row[data-check=firewall]').scrollIntoViewIfNeeded();
      await screenshot(page, `popover-carried-row-${scheme}`);
    }
    await page.close();
  });
});
