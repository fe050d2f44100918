/**
 * Symptom guide, support report (redaction on and off), history and settings — in Chromium, against
 * the preview server with the real app core on the simulated network.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser';
import { PERSON } from './support/mac-shims';
import { checkNow, screenshot, scrollTop, setUpStack } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('guides, report, history and settings', () => {
  // One stack per file; no console/CSP errors and no pages left open after each test.
  const fx = setUpStack();
  const open = fx.open;

  it('walks “verification codes not arriving”: runs its checks first, then the manual steps', async () => {
    await fx.stack.scenario('push-5223-blocked');
    const page = await open();
    await page.getByRole('tab', { name: 'Problems' }).click();
    await page.getByRole('button', { name: /Verification codes don’t arrive/ }).click();
    await page.getByRole('heading', { name: 'Verification codes don’t arrive' }).waitFor();
    const rows = page.locator('.mini-row');
    expect(await rows.count()).toBe(6);
    await expect.poll(() => page.locator('.guide .recheck-result').textContent()).toMatch(/One check found a problem — Apple Push Notifications/);
    expect(await page.locator('.mini-row[data-check=push]').getAttribute('data-status')).toBe('warn');
    expect(await page.locator('.callout').textContent()).toMatch(/Fix it first/);
    const steps = page.locator('.guide .steps');
    const text = await steps.textContent();
    expect(text).toMatch(/trusted phone numbers/);
    expect(text).toMatch(/iMessage or FaceTime/);
    expect(text).toMatch(/iforgot\.apple\.com/);
    // An action button: in the preview it explains what the Mac app opens.
    await page.getByRole('button', { name: 'Open account.apple.com' }).click();
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/account\.apple\.com/);
    await page.getByRole('checkbox', { name: 'Step 6 done' }).check();
    await expect.poll(() => page.locator('.guide .step-done').count()).toBe(1);
    await scrollTop(page);
    await screenshot(page, 'symptom-codes-not-arriving');
    // The escalation step prepares the support report with the symptom and the ticked step.
    await page.getByRole('button', { name: 'Prepare support report' }).click();
    const preview = page.getByRole('textbox', { name: 'Report preview' });
    await expect.poll(() => preview.inputValue()).toMatch(/## Problem described\nVerification codes don’t arrive/);
    expect(await preview.inputValue()).toMatch(
      /Steps already tried\n(- .*\n)*- .* — Problem guide: Verification codes don’t arrive, step 6: Check your trusted phone numbers/,
    );
    await fx.stack.scenario('healthy');
  });

  it('exports the report with personal details hidden by default and included on request', async () => {
    const page = await open();
    await checkNow(page);
    await page.getByRole('tab', { name: 'Report' }).click();
    const toggle = page.getByRole('switch', { name: 'Include personal details' });
    const preview = page.getByRole('textbox', { name: 'Report preview' });
    expect(await toggle.isChecked()).toBe(false);
    await expect.poll(() => preview.inputValue()).toMatch(/Personal details: hidden/);
    let text = await preview.inputValue();
    expect(text).not.toContain(PERSON.accountId);
    expect(text).not.toContain(PERSON.displayName);
    expect(text).not.toContain('75.75.75.75'); // the ISP's DNS server, from scutil --dns
    expect(text).toMatch(/macOS 15\.7\.4/);
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => page.evaluate<string>('navigator.clipboard.readText()')).toBe(text);
    await scrollTop(page);
    await screenshot(page, 'report-redacted');

    await toggle.check();
    await expect.poll(() => preview.inputValue()).toMatch(/Personal details: INCLUDED/);
    expect(await page.locator('.redaction').textContent()).toMatch(/INCLUDED/);

    await page.getByText('JSON', { exact: true }).click();
    await expect.poll(async () => (await preview.inputValue()).startsWith('{')).toBe(true);
    let json = JSON.parse(await preview.inputValue());
    expect(json.personalDetails).toBe('included');
    expect(json.checks).toHaveLength(15);
    const account = json.checks.find((c: { id: string }) => c.id === 'account');
    expect(account.evidence.accountId).toBe(PERSON.accountId);
    expect(JSON.stringify(json)).toContain('75.75.75.75');

    await toggle.uncheck();
    await expect.poll(async () => JSON.parse(await preview.inputValue()).personalDetails).toBe('hidden');
    text = await preview.inputValue();
    json = JSON.parse(text);
    expect(text).not.toContain(PERSON.accountId);
    expect(json.checks.find((c: { id: string }) => c.id === 'account').evidence.accountId).toBe('[redacted]');
  });

  it('shows history as sparklines per sign-in server and a timeline of changes', async () => {
    const page = await open();
    // Full runs go into history: green (start-up), amber, green again.
    await fx.stack.scenario('push-5223-blocked');
    await checkNow(page);
    await fx.stack.scenario('healthy');
    await checkNow(page);
    await page.getByRole('tab', { name: 'History' }).click();
    const sparks = page.locator('.spark-row');
    await expect.poll(() => sparks.count()).toBe(4);
    expect(await sparks.first().textContent()).toMatch(/appleid\.apple\.com/);
    expect(await page.getByRole('img', { name: /appleid\.apple\.com: typical \d+ ms/ }).count()).toBe(1);
    await expect.poll(() => page.locator('.timeline li').count()).toBeGreaterThanOrEqual(3);
    const timeline = await page.locator('.timeline').textContent();
    expect(timeline).toMatch(/^Sign-in working/);
    expect(timeline).toMatch(/Push port 5223 blocked/);
    await page.getByText('7 days', { exact: true }).click();
    await expect.poll(() => page.getByRole('radio', { name: '7 days' }).isChecked()).toBe(true);
    await screenshot(page, 'history');
  });

  it('saves settings through the bridge, keeps them after a reload and refuses invalid ones', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('combobox', { name: 'Check every' }).selectOption('10');
    await page.getByRole('switch', { name: 'Apple’s outage is over' }).check();
    const warn = page.getByRole('spinbutton', { name: /Warn when the clock is off by/ });
    await warn.fill('20');
    await warn.press('Enter');
    await expect.poll(async () => (await fx.stack.server.core.invoke('app:settings-get', {})).clockWarnSeconds).toBe(20);
    await screenshot(page, 'settings');
    await page.reload();
    await page.getByRole('tab', { name: 'Settings' }).click();
    expect(await page.getByRole('combobox', { name: 'Check every' }).inputValue()).toBe('10');
    expect(await page.getByRole('switch', { name: 'Apple’s outage is over' }).isChecked()).toBe(true);
    // Warn must stay below fail (300 s): the reason in words under the field, the typed value
    // kept, the focus back in the field, nothing saved.
    const warn2 = page.getByRole('spinbutton', { name: /Warn when the clock is off by/ });
    await warn2.fill('400');
    await page.getByRole('spinbutton', { name: /Problem when off by/ }).focus(); // leave the field
    await expect.poll(() => page.locator('#set-clockWarnSeconds-error').textContent()).toBe('Must be less than the red threshold, 300 s');
    expect(await warn2.getAttribute('aria-describedby')).toBe('set-clockWarnSeconds-error');
    expect(await warn2.inputValue()).toBe('400');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id))
      .toBe('set-clockWarnSeconds');
    await warn2.fill('0');
    await warn2.press('Enter');
    await expect.poll(() => page.locator('#set-clockWarnSeconds-error').textContent()).toBe('At least 1 second');
    expect(await page.locator('.settings').textContent()).not.toMatch(/clockWarnSeconds|invalid request|expected number/);
    expect((await fx.stack.server.core.invoke('app:settings-get', {})).clockWarnSeconds).toBe(20);
    await warn2.fill('30');
    await warn2.press('Enter');
    await expect.poll(async () => (await fx.stack.server.core.invoke('app:settings-get', {})).clockWarnSeconds).toBe(30);
    expect(await page.locator('#set-clockWarnSeconds-error').count()).toBe(0);
  });
});
