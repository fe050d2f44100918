/**
 * Child process for the kill -9 replay (tests/adversarial/kill-stores.test.ts): writes to one
 * store as fast as it can, forever, and prints the number of each record once the store has
 * returned from writing it. stdout is a pipe, and pipe writes are synchronous on Linux and macOS
 * (https://nodejs.org/api/process.html#a-note-on-process-io), so every printed number was
 * acknowledged before the kill could land.
 */
import { createHistoryStore } from '../../../electron/service/store/history-store';
import { createSettingsStore } from '../../../electron/service/store/settings-store';

const [kind, dir] = process.argv.slice(2) as ['history' | 'settings', string];

if (kind === 'settings') {
  const store = createSettingsStore(dir);
  for (let i = 0; ; i++) {
    // Record i is interval (i % 120) + 1: never the same twice in a row.
    store.set({ intervalMinutes: (i % 120) + 1 });
    process.stdout.write(`${i}\n`);
  }
} else if (kind === 'history') {
  const store = createHistoryStore({ dir, now: () => Date.now() });
  for (let i = 0; ; i++) {
    await store.append({
      at: new Date().toISOString(),
      light: i % 7 === 0 ? 'red' : 'green',
      primaryCause: i % 7 === 0 ? 'tcp.timeout' : null,
      alertState: 'OK',
      unstable: false,
      // Long lines: more bytes in flight when the kill lands.
      endpoints: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`endpoint-${k}`, k * 3 + (i % 5)])),
      durationMs: i,
    });
    process.stdout.write(`${i}\n`);
  }
}
