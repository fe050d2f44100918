/** The UI's view of a diagnosis as updates stream in: rows, progress, header, problem list. */
import { describe, expect, it } from 'vitest';
import { applyUpdate, INITIAL_APP_STATE } from '../../renderer/lib/apply-update';
import { buildGroups, problemChecks, runProgress } from '../../renderer/lib/check-rows';
import { headerView } from '../../renderer/lib/header';
import { EN } from '../../shared/i18n';
import type { AppState } from '../../shared/ipc';
import { cannedReport } from './canned-reports';

const green = cannedReport('green');
const red = cannedReport('red');

describe('applyUpdate + rows', () => {
  it('shows every check of a new run as running, then each result as it lands', () => {
    let s: AppState = { ...INITIAL_APP_STATE, report: green };
    s = applyUpdate(s, { kind: 'started', runId: 'r1', checks: ['signin-endpoints', 'dns', 'push'] });
    const rows = () => buildGroups(s).flatMap((g) => g.rows);
    expect(
      rows()
        .filter((r) => r.status === 'running')
        .map((r) => r.id),
    ).toEqual(['signin-endpoints', 'push', 'dns']);
    expect(runProgress(s)).toEqual({ done: 0, total: 3 });

    const dnsFail = red.checks.find((c) => c.id === 'dns')!;
    s = applyUpdate(s, { kind: 'check', runId: 'r1', result: dnsFail });
    expect(rows().find((r) => r.id === 'dns')!.status).toBe('fail');
    expect(rows().find((r) => r.id === 'push')!.status).toBe('running');
    expect(runProgress(s)).toEqual({ done: 1, total: 3 });
    // problemChecks sees a fresh failure while the run is still going.
    expect(problemChecks(s).map((c) => c.id)).toEqual(['dns']);

    s = applyUpdate(s, { kind: 'finished', runId: 'r1', report: red });
    expect(s.running).toBeNull();
    expect(headerView(s, EN).light).toBe('red');
    expect(rows().every((r) => r.status !== 'running')).toBe(true);
  });

  it('ignores results of a run it is not showing, and never duplicates a check', () => {
    let s = applyUpdate(null, { kind: 'started', runId: 'r2', checks: ['dns'] });
    s = applyUpdate(s, { kind: 'check', runId: 'old', result: red.checks[0]! });
    expect(s.running!.done).toEqual([]);
    const dns = green.checks.find((c) => c.id === 'dns')!;
    s = applyUpdate(s, { kind: 'check', runId: 'r2', result: dns });
    s = applyUpdate(s, { kind: 'check', runId: 'r2', result: dns });
    expect(s.running!.done).toHaveLength(1);
    expect(s.running!.pending).toEqual([]);
  });

  it('takes a pushed state as the whole truth', () => {
    const s = applyUpdate({ ...INITIAL_APP_STATE, report: red }, { kind: 'state', state: { ...INITIAL_APP_STATE, report: green, unstable: true } });
    expect(headerView(s, EN)).toMatchObject({ light: 'green', unstable: true });
  });

  it('groups rows in display order under the four group titles', () => {
    const groups = buildGroups({ ...INITIAL_APP_STATE, report: green });
    expect(groups.map((g) => g.title)).toEqual(['Apple sign-in', 'Network', 'This Mac', 'Apple services']);
    expect(groups.flatMap((g) => g.rows)).toHaveLength(14);
    expect(groups[0]!.rows.map((r) => r.id)).toEqual(['signin-endpoints', 'push']);
  });

  it('lists failures before warnings', () => {
    const checks = red.checks.map((c) => (c.id === 'clock' ? { ...c, status: 'warn' as const, cause: 'clock.skew' as const } : c));
    const ids = problemChecks({ ...INITIAL_APP_STATE, report: { ...red, checks } }).map((c) => c.id);
    expect(ids.slice(3)).toContain('clock');
    expect(ids.slice(0, 3).sort()).toEqual(['dns', 'push', 'signin-endpoints']);
  });
});

describe('headerView', () => {
  it('says "checking" with the light in words before the first report', () => {
    const h = headerView(INITIAL_APP_STATE, EN);
    expect(h).toMatchObject({ light: 'checking', word: 'Checking', checkedAt: null });
    expect(h.headline).toMatch(/Checking/);
  });

  it('pairs every light with a word, the verdict headline and its explanation', () => {
    expect(headerView({ ...INITIAL_APP_STATE, report: green }, EN)).toMatchObject({ light: 'green', word: 'OK', headline: 'You can sign in' });
    const h = headerView({ ...INITIAL_APP_STATE, report: red }, EN);
    expect(h).toMatchObject({ light: 'red', word: 'Problem', checkedAt: red.startedAt });
    expect(h.sentence).toMatch(/DNS server/);
    expect(headerView({ ...INITIAL_APP_STATE, report: cannedReport('amber') }, EN).word).toBe('Warning');
  });

  it('falls back to the cause sentence when the verdict has no explanation', () => {
    const report = { ...red, verdict: { ...red.verdict, explanation: '' } };
    expect(headerView({ ...INITIAL_APP_STATE, report }, EN).sentence).toMatch(/does not exist/);
  });
});
