/**
 * MDM-managed settings in the browser preview: the preview serves the sample managed preferences
 * (build/fleet/managed/…plist, what the sample profile lands as), the locked controls are disabled
 * with "Managed by your organisation", the others still work, and the report page shows the
 * organisation's support contact.
 */

import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../electron/service/managed/managed-plist';
import { parseManagedSettings } from '../../shared/managed-settings';
import { chromiumAvailable } from './support/browser';
import { ROOT } from './support/build-renderer';
import { screenshot, setUpStack } from './support/stack';

const run = chromiumAvailable();
const SAMPLE = path.join(ROOT, 'build/fleet/managed/app.appleid-doctor.menubar.plist');
const { managed, problems } = parseManagedSettings(parseBytes(readFileSync(SAMPLE)));

describe.skipIf(!run)('managed settings in the popover', () => {
  const fx = setUpStack({ managed });

  it('the sample profile parses cleanly', () => {
    expect(problems).toEqual([]);
    expect(managed.intervalMinutes).toBe(15);
  });

  it('locks the managed controls with “Managed by your organisation”, leaves the rest editable', async () => {
    const page = await fx.open();
    await page.getByRole('tab', { name: 'Settings' }).click();
    const interval = page.getByRole('combobox', { name: 'Check every' });
    await interval.waitFor();
    expect(await interval.isDisabled()).toBe(true);
    expect(await interval.inputValue()).toBe('15');
    const outage = page.getByRole('switch', { name: 'Apple reports an outage' });
    expect(await outage.isDisabled()).toBe(true);
    expect(await outage.isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Sign-in works again' }).isDisabled()).toBe(false);
    expect(await page.locator('[data-managed=true]').count()).toBe(5);
    expect(await page.locator('#set-intervalMinutes-managed').textContent()).toBe('Managed by your organisation');
    // The core refuses a locked key even if a stale window sends it.
    await expect(fx.stack.server.core.invoke('app:settings-set', { patch: { intervalMinutes: 60 } })).rejects.toThrow(/managed by your organisation/);
    expect((await fx.stack.server.core.invoke('app:settings-get', {})).intervalMinutes).toBe(15);
    const shot = await screenshot(page, 'managed-settings-locked');
    const shots = '/work/brief/shots/issue-13';
    if (!process.env.CI)
      await mkdir(shots, { recursive: true })
        .then(() => copyFile(shot, path.join(shots, 'managed-settings-locked.png')))
        .catch(() => {});
  });

  it('shows the support contact on the report page', async () => {
    const page = await fx.open();
    await page.getByRole('tab', { name: 'Report' }).click();
    const contact = page.locator('.support-contact');
    await contact.waitFor();
    const text = await contact.textContent();
    expect(text).toContain('Example Corp IT Service Desk');
    expect(text).toContain('it-help@example.com');
    expect(await contact.getByRole('link', { name: 'it-help@example.com' }).getAttribute('href')).toBe('mailto:it-help@example.com');
    await screenshot(page, 'managed-support-contact');
  });
});
