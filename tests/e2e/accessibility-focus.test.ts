/**
 * Focus after navigation: each change of view (tab click, a symptom guide opened, "All problems",
 * "show how to fix") puts the keyboard focus on the new view's heading — never on <body>, which is
 * where it fell when the control that was pressed unmounted. The arrow keys inside the tab bar
 * keep the focus on the tabs (the WAI-ARIA tabs pattern).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { checkNow, setUpStack } from './support/stack';

const run = chromiumAvailable();

/** What has the focus: tag, text, whether it is a heading that can take focus without being a Tab stop. */
interface Focused {
  tag: string;
  /** The heading's id, or for the header's headline its class. */
  id: string;
  text: string;
  tabIndex: number;
}

function focused(page: Page): Promise<Focused> {
  // A string, evaluated over the DevTools protocol (the root tsconfig has no DOM types).
  return page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return { tag: el ? el.tagName.toLowerCase() : 'none', id: (el && (el.id || el.className)) || '', text: el ? el.textContent.trim() : '', tabIndex: el ? el.tabIndex : 0 };
  })()`);
}

/** Wait until the focus is on a heading (the view may still be loading its chunk), then return it. */
async function focusedHeading(page: Page): Promise<Focused> {
  // Polled from the test (page.waitForFunction evaluates strings, which the page's CSP refuses).
  for (let i = 0; i < 50 && !/^h[12]$/.test((await focused(page)).tag); i++) await new Promise((r) => setTimeout(r, 100));
  return focused(page);
}

describe.skipIf(!run)('focus after navigation', () => {
  const fx = setUpStack();

  it('moves to the new view’s heading after every navigation, never to <body>', async () => {
    await fx.stack.scenario('dns-nxdomain');
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    await checkNow(page);
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('red');
    const seen: string[] = [];

    // Each view's heading is the one its section is labelled by (ids, so the words may change).
    const step = async (label: string, go: () => Promise<void>, heading: string, tag = 'h2') => {
      await go();
      const f = await focusedHeading(page);
      seen.push(`${label}: ${f.tag} ${f.text}`);
      expect(f.tag, `${label}: focus is on ${f.tag} “${f.text}”`).toBe(tag);
      expect(f.id).toBe(heading);
      expect(f.text).not.toBe('');
      // A heading that takes the focus is not a Tab stop of its own.
      expect(f.tabIndex).toBe(-1);
    };

    // 1. Status → Report (mouse).
    await step('report', () => page.getByRole('tab', { name: 'Report' }).click(), 'report-title');
    // 2. Report → History (keyboard: Enter on a tab is a click).
    await step(
      'history',
      async () => {
        await page.getByRole('tab', { name: 'History' }).focus();
        await page.keyboard.press('Enter');
      },
      'history-title',
    );
    // 3. History → Settings.
    await step('settings', () => page.getByRole('tab', { name: 'Settings' }).click(), 'settings-title');
    // 4. Settings → Problems.
    await step('problems', () => page.getByRole('tab', { name: 'Problems' }).click(), 'picker-title');
    // 5. Problems → a guide: the pressed button unmounts with the list.
    await step('guide', () => page.getByRole('button', { name: /Verification codes don’t arrive/ }).click(), 'guide-title');
    // 6. Guide → back to the list: the "All problems" button unmounts with the guide.
    await step('list', () => page.getByRole('button', { name: /All problems/ }).click(), 'picker-title');
    // 7. → Status: its heading is the verdict in the header.
    await step('status', () => page.getByRole('tab', { name: 'Status' }).click(), 'headline', 'h1');
    expect(seen).toHaveLength(7);

    // The view starts at its top: a panel scrolled down on one tab is not scrolled on the next.
    await page.locator('.panel').evaluate((el) => {
      el.scrollTop = 400;
    });
    await page.getByRole('tab', { name: 'History' }).click();
    await focusedHeading(page);
    expect(await page.locator('.panel').evaluate((el) => el.scrollTop)).toBe(0);

    // Tab from the focused heading goes on into the view, not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>("!!(document.activeElement && document.activeElement.closest('#panel'))")).toBe(true);
  });

  it('keeps the focus on the tabs while moving between them with the arrow keys', async () => {
    await fx.stack.scenario('healthy');
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    await page.getByRole('tab', { name: 'Status' }).focus();
    for (const [key, id] of [
      ['ArrowRight', 'tab-symptoms'],
      ['ArrowRight', 'tab-history'],
      ['End', 'tab-settings'],
      ['Home', 'tab-status'],
    ] as const) {
      await page.keyboard.press(key);
      // Give a lazy view time to arrive: its heading must not take the focus from the tab.
      await page.locator('#panel h2, #panel .checks').first().waitFor();
      await page.waitForTimeout(100);
      expect(await page.evaluate<string>('document.activeElement && document.activeElement.id')).toBe(id);
    }
    // And the next click on a tab moves the focus to its view again.
    await page.getByRole('tab', { name: 'Report' }).click();
    expect((await focusedHeading(page)).tag).toBe('h2');
  });

  it('leaves the focus alone when the popover opens (the first render is not a navigation)', async () => {
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    await page.waitForTimeout(200);
    expect((await focused(page)).tag).toBe('body');
  });
});
