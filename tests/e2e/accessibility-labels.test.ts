/**
 * What VoiceOver is given, read from Chromium's own accessibility tree (the tree macOS
 * accessibility reads in the Electron popover; CDP Accessibility.getFullAXTree,
 * https://chromedevtools.github.io/devtools-protocol/tot/Accessibility/): the light says its colour
 * in words, every check and group says its status, every button has a name, and each fix card has
 * exactly one re-check control.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { checkNow, expandGroups, setUpStack } from './support/stack';

const run = chromiumAvailable();

interface AxNode {
  role: string;
  name: string;
  ignored: boolean;
}

/** Every node of the page's accessibility tree that assistive technology is shown. */
async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    return nodes.map((n) => ({ role: String(n.role?.value ?? ''), name: String(n.name?.value ?? '').trim(), ignored: !!n.ignored })).filter((n) => !n.ignored);
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!run)('VoiceOver labels and one re-check per card', () => {
  const fx = setUpStack();

  it('names the light, every status and every button; one re-check control per card', async () => {
    await fx.stack.scenario('dns-nxdomain');
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    await checkNow(page);
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('red');
    await expandGroups(page);
    const tree = await axTree(page);

    // The light is never colour only: the status region reads its word and the headline.
    const status = (await page.getByRole('status').first().innerText()).replace(/\s+/g, ' ');
    expect(status).toMatch(/Problem/i);
    expect(status).toMatch(/find Apple/i);
    // The light's shape is decoration next to that word, not a second unnamed image.
    expect(tree.filter((n) => (n.role === 'image' || n.role === 'img') && n.name === '')).toEqual([]);

    // Every button (tabs included) has a name; none is just an icon with nothing to read.
    const controls = tree.filter((n) => n.role === 'button' || n.role === 'tab' || n.role === 'checkbox' || n.role === 'switch');
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((n) => n.name === '')).toEqual([]);
    expect(tree.find((n) => n.role === 'tab' && n.name === 'Settings')).toBeDefined();

    // Every check row's button and every group line say the status in words.
    const statusWord = /\b(OK|Failed|failed|Warning|warning|Not checked|not checked|Could not run|could not|Skipped|Checking)\b/;
    const rowButtons = tree.filter((n) => n.role === 'button');
    const rows = await page.locator('li.row').all();
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const title = (await row.locator('.row-title').innerText()).trim();
      const btn = rowButtons.find((n) => n.name.startsWith(title));
      expect(btn, `a button named after the row “${title}”`).toBeDefined();
      expect(btn!.name, `row “${title}” says its status`).toMatch(statusWord);
    }
    for (const group of await page.locator('.group-toggle').all()) {
      const name = (await group.locator('.group-name').innerText()).trim();
      const btn = tree.find((n) => n.role === 'button' && n.name.startsWith(name));
      expect(btn, `group “${name}”`).toBeDefined();
      expect(btn!.name).toMatch(/\d+ (OK|failed|warning)|OK|failed|warning|not checked|could not/i);
    }

    // One re-check control per card: the card's own, named after the card.
    const cards = page.locator('article.card');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      const title = (await card.locator('.card-name, .card-title').first().innerText()).trim();
      const rechecks = card.getByRole('button', { name: /re-?check|check again/i });
      expect(await rechecks.count(), `card “${title}”: re-check controls`).toBe(1);
      expect(await rechecks.first().getAttribute('aria-label')).toContain(title);
    }
  });
});
