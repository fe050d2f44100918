/**
 * The popover in the pseudo-locale en-XA (accented, ~40 % longer, bracketed: shared/i18n/pseudo.ts)
 * against the real app core on the simulated network: green, red NXDOMAIN with its card, settings.
 * Catches (1) text that overflows or is clipped in the 360 px popover and (2) text that skipped
 * the translator: every visible text node must be pseudo-localised, except allowed literals (host
 * names, numbers, durations, commands) and — until the other namespaces are wired into the popover
 * — the English texts those namespaces' modules produce (check names, cause and fix-card texts,
 * the engine's summaries), listed from the modules themselves, never typed here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { causeText } from '../../shared/cause-text';
import { CAUSES } from '../../shared/causes';
import { CHECK_META, GROUP_TITLES } from '../../shared/checks';
import { fixCards } from '../../shared/fix-catalog';
import { buildFixPlan } from '../../shared/fixes/plan';
import { EN } from '../../shared/i18n';
import type { AppState } from '../../shared/ipc';
import { notCheckedLine } from '../../shared/not-checked';
import { lightWords, statusWords } from '../../shared/presentation';
import { chromiumAvailable } from './support/browser';
import type { PageGlobals } from './support/page-globals';
import { screenshot, setUpStack } from './support/stack';

const run = chromiumAvailable();

/** Every string anywhere in `x` (report data produced by the engine). */
function strings(x: unknown, into: Set<string>): Set<string> {
  if (typeof x === 'string') into.add(x.trim());
  else if (Array.isArray(x)) for (const v of x) strings(v, into);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, into);
  return into;
}

/** Texts owned by other namespaces (fixes, causes, checks, report), as their modules produce them in English. */
function foreignTexts(state: AppState): Set<string> {
  const out = strings(state.report, new Set<string>());
  strings([CHECK_META, GROUP_TITLES, statusWords(EN), lightWords(EN), CAUSES.map((c) => causeText(c, EN)), fixCards(EN)], out);
  for (const c of state.report?.checks ?? []) {
    const line = notCheckedLine(c, EN);
    if (line) out.add(line);
  }
  const plan = buildFixPlan(state.report, fixCards(EN), EN);
  for (const line of [plan.countLine, ...plan.cards.map((c) => c.alsoAffectedLine)]) if (line) out.add(line.trim());
  return out;
}

/** Host names, numbers and durations, a lone glyph: the same in every language. */
const LITERAL = /^([\w-]+(\.[\w-]+)+(:\d+)?|[\d.,:\s×/%-]+\s?(ms|s|min|h)?|[^\p{L}]+)$/u;
const PSEUDO = /[⟦⟧áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ]/u;

interface Found {
  texts: string[];
  overflow: string[];
}

/** Visible text nodes in the popover, and elements whose text is cut off or spills sideways. */
async function inspect(page: Page): Promise<Found> {
  return page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals & { getComputedStyle: (e: unknown) => Record<string, string>; innerWidth: number };
    const doc = g.document as unknown as {
      querySelector(s: string): { querySelectorAll(s: string): ArrayLike<Record<string, unknown>> } | null;
      documentElement: { scrollWidth: number };
      createTreeWalker(
        root: unknown,
        what: number,
      ): {
        nextNode(): {
          textContent: string;
          parentElement: Record<string, unknown> & { closest(s: string): unknown; getClientRects(): ArrayLike<unknown> };
        } | null;
      };
    };
    const root = doc.querySelector('.popover')!;
    const texts: string[] = [];
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!text || el.closest('code, textarea, .visually-hidden, [aria-hidden=true]') || el.getClientRects().length === 0) continue;
      texts.push(text);
    }
    const overflow: string[] = [];
    if (doc.documentElement.scrollWidth > g.innerWidth + 1) overflow.push(`page ${doc.documentElement.scrollWidth}px wide`);
    const all = root.querySelectorAll('*') as ArrayLike<{
      scrollWidth: number;
      clientWidth: number;
      textContent: string;
      className: string;
      tagName: string;
      getClientRects(): ArrayLike<unknown>;
      closest(s: string): unknown;
    }>;
    for (const el of Array.from(all)) {
      // .row-summary is one line by design (the engine's summary; the whole text is the row's description).
      if (el.getClientRects().length === 0 || el.closest('textarea, code, svg, .visually-hidden, select, .row-summary')) continue;
      const st = g.getComputedStyle(el);
      const clips = st.overflowX === 'hidden' || st.overflowX === 'clip' || st.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) {
        overflow.push(`${el.tagName.toLowerCase()}.${el.className}: “${el.textContent.trim().slice(0, 60)}”`);
      }
    }
    return { texts, overflow };
  });
}

async function checkNow(page: Page): Promise<void> {
  await page.locator('.header .btn-primary').click();
  await page.waitForFunction(() => {
    const d = (globalThis as unknown as PageGlobals).document;
    return !d.querySelector('.row[data-status=running]') && d.querySelector('.header .btn-primary[aria-disabled=false]');
  });
}

describe.skipIf(!run)('pseudo-locale en-XA: nothing hard-coded, nothing cut off', () => {
  const fx = setUpStack();

  async function verify(page: Page): Promise<void> {
    const state = await fx.stack.server.core.invoke('app:diagnosis-state', {});
    const foreign = foreignTexts(state);
    const { texts, overflow } = await inspect(page);
    const unlocalised = texts.filter((t) => !PSEUDO.test(t) && !LITERAL.test(t) && !foreign.has(t));
    expect(unlocalised).toEqual([]);
    // Most of what shows is ours and pseudo-localised (guards against a check that passes vacuously).
    expect(texts.filter((t) => PSEUDO.test(t)).length).toBeGreaterThan(5);
    expect(overflow).toEqual([]);
  }

  it('green: header, tabs and every check group', async () => {
    await fx.stack.scenario('healthy');
    const page = await fx.open('light', 'en-XA');
    await checkNow(page);
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('green');
    expect(await page.locator('.header-foot .btn-primary').textContent()).toMatch(/^⟦/);
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await verify(page);
    await screenshot(page, 'pseudo-green');
  });

  it('red NXDOMAIN: the open fix card with all its steps', async () => {
    await fx.stack.scenario('dns-nxdomain');
    const page = await fx.open('light', 'en-XA');
    await checkNow(page);
    await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('red');
    const card = page.locator('article[data-card=dns-server-failing]');
    await card.waitFor();
    await card.locator('.card-foot .btn-plain').click();
    await verify(page);
    await screenshot(page, 'pseudo-red-card');
  });

  it('settings: every control and the language list in its own names', async () => {
    const page = await fx.open('light', 'en-XA');
    await page.locator('#tab-settings').click();
    await page.locator('.settings select').first().waitFor();
    const names = await page.locator('#set-language').locator('option').allTextContents();
    expect(names).toEqual([expect.stringMatching(/^⟦.*en-XA.*⟧$/), 'English', 'Deutsch', 'Français', 'Español', '日本語', '简体中文']);
    await verify(page);
    await screenshot(page, 'pseudo-settings');
  });

  it('switching the language in Settings re-words the popover at once', async () => {
    const page = await fx.open('light', 'en');
    await page.locator('#tab-settings').click();
    const select = page.locator('#set-language');
    await select.selectOption('de');
    await expect.poll(() => page.locator('#tab-history').textContent()).toBe('Verlauf');
    await expect.poll(() => page.evaluate<string>('document.documentElement.lang')).toBe('de');
    await select.selectOption('system');
    await expect.poll(() => page.locator('#tab-history').textContent()).toBe('History');
  });
});
