/**
 * The popover's "What Apple’s software said" block in Chromium: the real app core and engine on a
 * healthy simulated network, with the `log` shim that prints a recent AuthKit -7035 line. The
 * light turns amber with the new cause, the block names time, process, code, Apple's name and
 * meaning, and its button opens the fix card. Screenshot in tests/artifacts (and, when
 * SHOTS_DIR is set, there too).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIMS } from '../engine/system/helpers';
import { chromiumAvailable } from './support/browser';
import { checkNow, screenshot, scrollTop, setUpStack } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('popover: what Apple’s software said', () => {
  const fx = setUpStack({ toolPaths: { log: path.join(SHIMS, 'log-recent-7035') } });

  it('shows the -7035 event with its meaning, the amber light and the card that fixes it', async () => {
    await fx.stack.scenario('healthy');
    const page = await fx.open();
    await checkNow(page);
    const status = page.getByRole('status');
    await expect.poll(() => status.getAttribute('data-light')).toBe('amber');
    expect(await status.textContent()).toMatch(/Your verification code never arrived/);
    const block = page.locator('[data-block=apple-log]');
    await block.waitFor();
    const text = (await block.textContent()) ?? '';
    expect(text).toContain('What Apple’s software said');
    expect(text).toContain('akd');
    expect(text).toContain('AKAuthenticationError -7035 (AKAppleIDAuthenticationErrorNoCodeReceived)');
    expect(text).toContain('The verification code never arrived.');
    expect(text).toContain('No network check explains this');
    expect(text).not.toContain('jane.appleseed@icloud.com');
    // The primary card is open already; close it so the block is in view, then let the block open it.
    await page.locator('article[data-card=auth-code-not-delivered] .card-toggle').click();
    await scrollTop(page);
    const files = [await screenshot(page, 'popover-apple-log-7035-top')];
    await block.scrollIntoViewIfNeeded();
    files.push(await screenshot(page, 'popover-apple-log-7035-block'));
    await block.getByRole('button', { name: /Fix: Get the verification code another way/ }).click();
    await page.locator('article[data-card=auth-code-not-delivered].card-open').waitFor();
    // The "codes don't arrive" guide shows the matching live evidence.
    await page.getByRole('tab', { name: 'Problems' }).click();
    await page.locator('[data-symptom=codes-not-arriving]').click();
    const guideEvidence = page.locator('[data-symptom-log=codes-not-arriving]');
    await guideEvidence.waitFor();
    expect(await guideEvidence.textContent()).toContain('AKAuthenticationError -7035');
    await guideEvidence.scrollIntoViewIfNeeded();
    files.push(await screenshot(page, 'popover-apple-log-7035-guide'));
    if (process.env.SHOTS_DIR) {
      await mkdir(process.env.SHOTS_DIR, { recursive: true });
      for (const f of files) await copyFile(f, path.join(process.env.SHOTS_DIR, path.basename(f)));
    }
  });
});
