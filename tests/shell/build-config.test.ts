import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(__dirname, '..', '..');
const configPath = join(root, 'build', 'electron-builder.config.cjs');

/** electron-builder's own offline validator (its JSON schema, via ajv): no network, no build. */
async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
  };
  await validateConfiguration(config, { isEnabled: false, add() {} });
}

function loadConfig(env: Record<string, string> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    delete require.cache[require.resolve(configPath)];
    return require(configPath);
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('electron-builder config (validated offline)', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validate(loadConfig())).resolves.toBeUndefined();
  });

  it('the validator is real: it rejects a misspelt key', async () => {
    await expect(validate({ ...loadConfig(), mac: { ...loadConfig().mac, hardendRuntime: true } })).rejects.toThrow(
      /Invalid configuration object[\s\S]*configuration\.mac/,
    );
  });

  it('macOS: dmg + zip for arm64 and x64, agent app, hardened runtime, utilities category', () => {
    const { mac } = loadConfig();
    expect(mac.target).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ]);
    expect(mac.extendInfo.LSUIElement).toBe(true);
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.category).toBe('public.app-category.utilities');
  });

  it('Electron fuses are set as the security checklist asks', () => {
    expect(loadConfig().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('notarises only when Apple credentials are in the environment', () => {
    expect(loadConfig().mac.notarize).toBe(false);
    expect(loadConfig({ APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' }).mac.notarize).toBe(true);
    expect(loadConfig({ APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' }).mac.notarize).toBe(true);
    expect(loadConfig({ APPLE_ID: 'a@b.c' }).mac.notarize).toBe(false);
  });

  it('entitlements are minimal: JIT only', () => {
    const { mac } = loadConfig();
    const plist = readFileSync(join(root, mac.entitlements), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('tray template PNGs ship outside the asar with their names unchanged', () => {
    const { extraResources, files } = loadConfig();
    expect(extraResources).toEqual([{ from: 'assets', to: 'assets', filter: ['tray*Template.png', 'tray*Template@2x.png'] }]);
    expect(files).toContain('dist/**/*');
  });
});

describe('sandboxed preload bundle', () => {
  it('is one file whose only require is electron', async () => {
    const { bundles } = (await import(join(root, 'build', 'build.mjs'))) as { bundles(): Record<string, Record<string, unknown>> };
    const out = await build({ ...bundles().preload, write: false, logLevel: 'silent' } as never);
    expect(out.outputFiles).toHaveLength(1);
    const requires = [...out.outputFiles[0]!.text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(out.outputFiles[0]!.text).toContain('appleidDoctor');
  });
});
