/**
 * Check output is shown as text, never as HTML: a hostile captive portal page or a crafted status
 * message cannot run script or inject elements into the popover. Uses the fake core to plant the
 * strings (the real probes never return HTML as a summary, which is the point of the test).
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { setUpFakeStack } from './support/fake-stack';
import { expandGroups } from './support/stack';

const run = chromiumAvailable();
const EVIL = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

describe.skipIf(!run)('check output is text only', () => {
  const fx = setUpFakeStack({
    scenario: 'red',
    transform: (r) => ({
      ...r,
      verdict: { ...r.verdict, headline: `Blocked ${EVIL}` },
      checks: r.checks.map((c) =>
        c.id === 'captive-portal' ? { ...c, summary: `Portal said ${EVIL}`, data: { ...c.data, success: false, status: 200, snippet: EVIL } } : c,
      ),
    }),
  });

  it('renders planted markup literally in the header, the row and its evidence', async () => {
    const page = await fx.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(fx.server.url);
    await page.locator('[role=status][data-light=red]').waitFor();
    await expandGroups(page);
    await page.getByRole('button', { name: /Wi-Fi login page/ }).click();
    expect(await page.locator('h1.headline').textContent()).toBe(`Blocked ${EVIL}`);
    expect(await page.locator('#summary-captive-portal').textContent()).toBe(`Portal said ${EVIL}`);
    expect(await page.locator('#evidence-captive-portal').textContent()).toContain(EVIL);
    expect(await page.locator('#root img, #root b').count()).toBe(0);
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('explains, instead of failing silently, when the page is opened without its key', async () => {
    const page = await fx.browser.context.newPage();
    await page.goto(`${fx.server.origin}/`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/not available.*npm run preview/);
    expect(await status.getAttribute('data-light')).toBe('checking');
    expect(await page.getByRole('button', { name: 'Check now' }).getAttribute('aria-disabled')).toBe('true');
  });
});
