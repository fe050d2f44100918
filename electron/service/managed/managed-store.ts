/**
 * The settings store as the app sees it under MDM: reads return the user's settings with the
 * managed keys on top; a change to a locked key is refused with a readable Error (the UI shows
 * those controls disabled, so this only catches a stale window or a hostile renderer).
 */
import { applyManagedSettings, lockedSettingKeys, type ManagedSettings } from '../../../shared/managed-settings';
import type { SettingsStore } from '../store/settings-store';

/** Wrap `store` so managed keys win; the identity when nothing is managed. */
export function withManagedSettings(store: SettingsStore, managed: ManagedSettings | undefined): SettingsStore {
  if (!managed || Object.keys(managed).length === 0) return store;
  const locked = new Set<string>(lockedSettingKeys(managed));
  return {
    get firstRun() {
      return store.firstRun;
    },
    get issues() {
      return store.issues;
    },
    get: () => applyManagedSettings(store.get(), managed),
    set(patch) {
      const refused = Object.keys(patch).filter((k) => locked.has(k));
      if (refused.length > 0) throw new Error(`${refused.join(', ')} ${refused.length === 1 ? 'is' : 'are'} managed by your organisation`);
      store.set(patch);
      return applyManagedSettings(store.get(), managed);
    },
  };
}
