// Electronegativity (doyensec), the scanner the Electron security docs recommend, offline: the
// main process (electron/) and the renderer (renderer/, where the CSP meta tag lives) are scanned
// separately and any HIGH or MEDIUM finding fails. It always exits 0 itself, so we read its CSV.
// Guards it cannot see carry an `eng-disable` annotation with the reason beside them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'eng-'));
let bad = 0;
// Global checks look for a guard anywhere in their input: each runs on the half that holds it
// (navigation limits and the permission handler in electron/shell, the CSP in renderer/index.html)
// and is excluded from the other half only.
const SCANS = [
  ['electron', 'CSPGlobalCheck'],
  ['renderer', 'LimitNavigationGlobalCheck,PermissionRequestHandlerGlobalCheck'],
];
for (const [dir, elsewhere] of SCANS) {
  const csv = join(out, `${dir}.csv`);
  spawnSync(process.execPath, ['node_modules/@doyensec/electronegativity/dist/index.js', '-i', dir, '-r', '-e', '45.4.1', '-x', elsewhere, '-o', csv], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const rows = readFileSync(csv, 'utf8')
    .split('\n')
    .filter((l) => /,"(HIGH|MEDIUM)",/.test(l));
  for (const r of rows) console.error(`${dir}: ${r}`);
  bad += rows.length;
}
console.log(`electronegativity: ${bad} HIGH/MEDIUM findings`);
process.exit(bad === 0 ? 0 : 1);
