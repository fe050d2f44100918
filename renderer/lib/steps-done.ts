/**
 * Steps the user ticked ("done"), with the time, kept for the support report. Stored in
 * localStorage, which is treated as untrusted input: anything malformed is dropped. Pure parts
 * are exported for tests.
 */

/** `<cardId or symptom.id>#<step>` → ISO time it was ticked. */
export type StepsDone = Record<string, string>;

const KEY = /^[a-z0-9][a-z0-9.-]{0,80}#\d{1,2}$/;

/** Keep only well-formed entries. Never throws. */
export function sanitizeStepsDone(raw: unknown): StepsDone {
  const out: StepsDone = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    if (KEY.test(k) && typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v))) out[k] = v;
  }
  return out;
}

/** The `stepsDone` array of an ExportRequest, oldest first. */
export function stepsForExport(done: StepsDone): { cardId: string; step: number; at: string }[] {
  return Object.entries(done)
    .map(([k, at]) => {
      const i = k.lastIndexOf('#');
      return { cardId: k.slice(0, i), step: Number(k.slice(i + 1)), at };
    })
    .filter((s) => s.cardId.length <= 100 && s.step <= 50)
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(-500);
}
