/** Child process for the kill -9 test: appends history entries as fast as it can, forever. */
import { createHistoryStore } from '../../../electron/service/store/history-store';

const dir = process.argv[2]!;
const store = createHistoryStore({ dir, now: () => Date.now() });
let i = 0;
for (;;) {
  await store.append({
    at: new Date().toISOString(),
    light: i % 7 === 0 ? 'red' : 'green',
    primaryCause: i % 7 === 0 ? 'tcp.timeout' : null,
    alertState: 'OK',
    unstable: false,
    // A long line makes a torn write more likely to be caught mid-way.
    endpoints: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`endpoint-${k}`, k * 3 + (i % 5)])),
    durationMs: i++,
  });
}
