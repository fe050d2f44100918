/**
 * electron-builder configuration for the macOS app (`npm run package:mac`). It cannot be built in
 * CI (the Electron zip is not reachable there); tests/shell/build-config.test.ts validates it
 * offline against electron-builder's own JSON schema and checks the security-relevant keys.
 *
 * Notarisation is driven by environment variables (electron-builder reads them itself):
 *   APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER   (App Store Connect API key, preferred), or
 *   APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID, or
 *   APPLE_KEYCHAIN + APPLE_KEYCHAIN_PROFILE.
 * Without them the build is signed (if CSC_* / a keychain identity is present) but not notarised.
 */
const env = process.env;
const canNotarize = Boolean(
  (env.APPLE_API_KEY && env.APPLE_API_KEY_ID && env.APPLE_API_ISSUER) ||
    (env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID) ||
    (env.APPLE_KEYCHAIN && env.APPLE_KEYCHAIN_PROFILE),
);

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.appleid-doctor.menubar',
  productName: 'Apple ID Doctor',
  copyright: 'MIT License',
  directories: { output: 'release', buildResources: 'build' },
  // Everything the app runs is bundled into dist/ by build/build.mjs (not the list of the CLI's
  // source files that `npm run doctor` reads).
  files: ['dist/**/*', 'package.json', '!dist/**/*.map', '!dist/cli-inputs.json'],
  asar: true,
  // Tray template images: copied verbatim next to the app (Contents/Resources/assets), names kept —
  // macOS only treats `*Template.png` as template images and pairs `@2x` files by name.
  extraResources: [{ from: 'assets', to: 'assets', filter: ['tray*Template.png', 'tray*Template@2x.png'] }],
  mac: {
    target: [
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ],
    category: 'public.app-category.utilities',
    minimumSystemVersion: '13.0',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    // Agent app from launch: no Dock icon, no app menu (gitify PR #3117: dock.hide() alone can leave the icon).
    extendInfo: { LSUIElement: true },
    darkModeSupport: true,
    notarize: canNotarize,
  },
  dmg: { writeUpdateInfo: false },
  // Stable, space-free names: the release workflow and the Homebrew cask (build/homebrew/) refer to them.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own ${…} macros, not a JS template
  artifactName: 'Apple-ID-Doctor-${version}-${arch}.${ext}',
  // Electron security checklist #19 (docs/tutorial/fuses.md), flipped at package time.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  publish: null,
};
