/**
 * The popover loads its texts per language and namespace (shared/i18n/popover-catalogs.ts): the
 * first paint only `ui`, `causes` and `checks`, the fix cards' `fixes` and `repair` with the view
 * that shows them. A person must never see a message key instead of text: not on a slow catalog
 * chunk, not in any view, not after switching the language. Real app core, simulated network.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../shared/i18n';
import { chromiumAvailable } from './support/browser';
import type { PageGlobals } from './support/page-globals';
import { setUpStack } from './support/stack';

const run = chromiumAvailable();

/** A message key as the catalogs spell them: `fixes.card.dns-server-failing.title`. */
const RAW_KEY = new RegExp(`\\b(${NAMESPACES.join('|')})\\.[a-z0-9_-]+\\.[\\w.-]+`);

/** Every text the popover shows or announces: text nodes, labels, titles, placeholders. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type El = { getAttribute(n: string): string | null; querySelectorAll(s: string): ArrayLike<El> };
    const doc = (globalThis as unknown as PageGlobals).document as unknown as {
      querySelector(s: string): El | null;
      createTreeWalker(root: unknown, what: number): { nextNode(): { textContent: string | null } | null };
    };
    const root = doc.querySelector('.popover');
    if (!root) return [];
    const out: string[] = [];
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) out.push(n.textContent.trim());
    for (const el of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder]')))
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
}

async function expectNoKeys(page: Page, where: string): Promise<void> {
  const texts = await shownTexts(page);
  expect(texts.length, where).toBeGreaterThan(3);
  expect(
    texts.filter((t) => RAW_KEY.test(t)),
    where,
  ).toEqual([]);
}

/**
 * Watch, in the page and before its scripts, the loading line `selector` finds: when it was put
 * in and when it became visible. Returns a reader of the milliseconds between the two.
 */
async function watchLoadingLine(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.addInitScript(`(() => {
    new MutationObserver(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return;
      window.__loading ??= { insertedAt: performance.now(), shownAt: null };
      if (window.__loading.shownAt === null && getComputedStyle(el).visibility === 'visible') window.__loading.shownAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  })();`);
  return async () => {
    const t = await page.evaluate(() => (globalThis as unknown as { __loading: { insertedAt: number; shownAt: number } }).__loading);
    return t.shownAt - t.insertedAt;
  };
}

describe.skipIf(!run)('catalogs load per namespace, and no message key ever shows', () => {
  const fx = setUpStack();
  /** Red with the DNS card, before the page opens (Check now's button is worded per language). */
  const redNow = async () => {
    await fx.stack.scenario('dns-nxdomain');
    // A run already under way (the core's first, on the healthy network) is joined, not restarted.
    for (let i = 0; i < 3 && (await fx.stack.server.core.invoke('app:diagnosis-run', {})).verdict.light !== 'red'; i++);
    expect((await fx.stack.server.core.invoke('app:diagnosis-state', {})).report?.verdict.light).toBe('red');
  };

  it('a slow fix-card catalog: the panel waits for its texts, the header does not', async () => {
    await redNow();
    const page = await fx.stack.browser.context.newPage();
    const catalogs: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/\/assets\/de-(fixes|repair)-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    page.on('request', (r) => {
      const m = /\/assets\/((?:en|de|fr|es|ja|zh-Hans)-[a-z]+)-[\w-]+\.js$/.exec(r.url());
      if (m) catalogs.push(m[1]!);
    });
    await page.goto(fx.stack.server.url.replace('/#', '/?lang=de#'));
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-light')).toBe('red');
    // The header has its verdict in German while the fix texts are still held back…
    expect(await status.textContent()).toMatch(/Problem/);
    expect(await page.locator('#tab-history').textContent()).toBe('Verlauf');
    await expectNoKeys(page, 'while fixes/repair are held');
    expect(await page.locator('article[data-card]').count()).toBe(0);
    expect(await page.locator('#panel').textContent()).toContain('Wird geladen');
    // …and the cards come with their words.
    release();
    const card = page.locator('article[data-card=dns-server-failing]');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/DNS/);
    await expectNoKeys(page, 'after fixes/repair arrived');
    // Only German catalogs, each once: no English namespace rides along, no other language.
    expect([...new Set(catalogs)].sort()).toEqual(['de-causes', 'de-checks', 'de-fixes', 'de-repair', 'de-ui']);
    expect(catalogs.length).toBe(5);
  });

  it('a view still on its way: "Loading…" shows only after a wait worth noticing, never as a flash', async () => {
    await redNow();
    const page = await fx.stack.browser.context.newPage();
    const shownAfter = await watchLoadingLine(page, '#panel [data-loading]');
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/\/assets\/StatusPanel-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(fx.stack.server.url);
    const loading = page.locator('#panel [data-loading]');
    // A slow chunk still tells the person something is coming…
    await loading.waitFor({ state: 'visible' });
    expect(await loading.textContent()).toBe('Loading…');
    // …but only after the wait (timers never fire early, so this holds on any machine); before
    // it, the line was there and invisible, so nothing moved when the word appeared.
    expect(await shownAfter()).toBeGreaterThanOrEqual(290);
    release();
    await page.locator('article[data-card=dns-server-failing]').waitFor();
    expect(await loading.count()).toBe(0);
    await page.close();
  });

  it('history still on its way over the bridge: its "Loading…" waits the same way', async () => {
    const page = await fx.stack.browser.context.newPage();
    const shownAfter = await watchLoadingLine(page, '.history [data-loading]');
    // The bridge socket, forwarded both ways, except the history call, held until released.
    const heldCalls: string[] = [];
    let toServer: ((m: string) => void) | undefined;
    await page.routeWebSocket(/.*/, (ws) => {
      const server = ws.connectToServer();
      toServer = (m) => server.send(m);
      ws.onMessage((m) => (String(m).includes('"app:history-list"') ? heldCalls.push(String(m)) : server.send(m)));
      server.onMessage((m) => ws.send(m));
    });
    await page.goto(fx.stack.server.url);
    await page.getByRole('tab', { name: 'History' }).click();
    const loading = page.locator('.history [data-loading]');
    await loading.waitFor({ state: 'visible' });
    expect(await loading.textContent()).toBe('Loading…');
    expect(heldCalls.length).toBeGreaterThan(0);
    expect(await shownAfter()).toBeGreaterThanOrEqual(290);
    for (const m of heldCalls.splice(0)) toServer?.(m);
    await expect.poll(() => loading.count()).toBe(0);
    // …and what it held back arrived: the sparklines, or the line that says there is nothing yet.
    expect(await page.locator('.history .spark-row, .history p.empty').count()).toBeGreaterThan(0);
    await page.close();
  });

  for (const lang of ['en', 'de', 'ja']) {
    it(`${lang}: every view shows text, never a key`, async () => {
      await redNow();
      const page = await fx.open('light', lang);
      await page.locator('article[data-card=dns-server-failing]').waitFor();
      await expectNoKeys(page, `${lang} status`);
      await page.locator('#tab-symptoms').click();
      await page.locator('button.symptom').first().click();
      await page.locator('.guide .steps').waitFor();
      await expectNoKeys(page, `${lang} guide`);
      await page.locator('#tab-history').click();
      await page.locator('#panel h2, #panel .empty').first().waitFor();
      await expectNoKeys(page, `${lang} history`);
      await page.locator('#tab-report').click();
      await page.locator('.steps-tried').waitFor();
      await expectNoKeys(page, `${lang} report`);
      await page.locator('#tab-settings').click();
      await page.locator('#set-language').waitFor();
      await expectNoKeys(page, `${lang} settings`);
    });
  }

  it('switching the language brings every namespace already shown in the new language', async () => {
    await redNow();
    const page = await fx.open('light', 'en');
    await page.locator('article[data-card=dns-server-failing]').waitFor();
    const title = await page.locator('article[data-card=dns-server-failing] .card-title').textContent();
    await page.locator('#tab-settings').click();
    await page.locator('#set-language').selectOption('fr');
    await expect.poll(() => page.locator('#tab-history').textContent()).toBe('Historique');
    await page.locator('#tab-status').click();
    const card = page.locator('article[data-card=dns-server-failing]');
    await card.waitFor();
    expect(await card.locator('.card-title').textContent()).not.toBe(title);
    await expectNoKeys(page, 'after switching to fr');
  });
});
