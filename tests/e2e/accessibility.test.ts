/**
 * Accessibility in Chromium: axe-core finds no violations on any view in light and dark mode, each
 * also with increased contrast, and with forced colours;
 * the popover is operable with the keyboard alone, and reduced motion stops every animation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { axeViolations, checkNow, expandGroups, setUpStack } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('accessibility', () => {
  // One stack per file; no console/CSP errors and no pages left open after each test.
  const fx = setUpStack();

  /** Visit every view (red state with its fix card, evidence open) and collect axe violations. */
  async function scanAllViews(page: Page): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    await expandGroups(page);
    await page.getByRole('button', { name: /Apple Account sign-in servers/ }).click();
    found.status = await axeViolations(page);
    await page.getByRole('tab', { name: 'Problems' }).click();
    found.problems = await axeViolations(page);
    await page.getByRole('button', { name: /Verification codes don’t arrive/ }).click();
    await page.getByRole('heading', { name: 'Verification codes don’t arrive' }).waitFor();
    found.guide = await axeViolations(page);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.locator('.timeline li').first().waitFor();
    found.history = await axeViolations(page);
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.getByRole('textbox', { name: 'Report preview' }).waitFor();
    found.report = await axeViolations(page);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Check every' }).waitFor();
    found.settings = await axeViolations(page);
    return found;
  }

  // Light, dark, and the same with macOS's Increase contrast (prefers-contrast: more), plus Windows-
  // style forced colours, which Chromium also emulates (https://drafts.csswg.org/mediaqueries-5/#forced-colors).
  const MODES = [
    { name: 'light', scheme: 'light' },
    { name: 'dark', scheme: 'dark' },
    { name: 'light, increased contrast', scheme: 'light', contrast: 'more' },
    { name: 'dark, increased contrast', scheme: 'dark', contrast: 'more' },
    { name: 'forced colours', scheme: 'light', forcedColors: 'active' },
  ] as const;
  for (const mode of MODES) {
    it(`has no axe-core violations on any view in ${mode.name} mode`, async () => {
      await fx.stack.scenario('dns-nxdomain');
      const { page, errors } = await fx.stack.open(mode.scheme);
      fx.pageErrors.push(errors);
      if ('contrast' in mode) await page.emulateMedia({ contrast: mode.contrast });
      if ('forcedColors' in mode) await page.emulateMedia({ forcedColors: mode.forcedColors });
      // The emulation took: the stylesheet's own media query answers.
      if ('contrast' in mode) expect(await page.evaluate<boolean>("matchMedia('(prefers-contrast: more)').matches")).toBe(true);
      if ('forcedColors' in mode) expect(await page.evaluate<boolean>("matchMedia('(forced-colors: active)').matches")).toBe(true);
      await checkNow(page);
      await expect.poll(() => page.getByRole('status').getAttribute('data-light')).toBe('red');
      const found = await scanAllViews(page);
      expect(found).toEqual({ status: [], problems: [], guide: [], history: [], report: [], settings: [] });
      await fx.stack.scenario('healthy');
    });
  }

  it('can be used with the keyboard alone', async () => {
    await fx.stack.scenario('healthy');
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    await checkNow(page);
    // Check now keeps the focus after it is pressed; Tab moves on to the selected tab.
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toBe('Check now');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>("document.activeElement?.getAttribute('role')")).toBe('tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Problems' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('tab-symptoms');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected')).toBe('true');
    // Into the list: Tab to the first group line, open it with Enter, Tab on to its first row.
    const focused = () => page.evaluate<string>("document.activeElement?.className ?? ''");
    for (let i = 0; i < 12 && !(await focused()).includes('group-toggle'); i++) await page.keyboard.press('Tab');
    expect(await focused()).toContain('group-toggle');
    await page.keyboard.press('Enter');
    expect(await page.locator('.group-toggle').first().getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    const row = page.locator('li.row').first().locator('button');
    expect(await row.evaluate((el) => el.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    expect(await row.getAttribute('aria-expanded')).toBe('false');
  });

  it('stops animations when the system asks for reduced motion', async () => {
    const { page, errors } = await fx.stack.open('light');
    fx.pageErrors.push(errors);
    // The spinner class, measured on a throw-away element (a run may not be in progress).
    const spin = () =>
      page.evaluate<string>(`(() => {
        const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        el.setAttribute('class', 'glyph glyph-running');
        document.body.append(el);
        const name = getComputedStyle(el).animationName;
        el.remove();
        return name;
      })()`);
    expect(await spin()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await spin()).toBe('spin');
  });
});
