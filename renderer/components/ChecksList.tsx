/**
 * The checks, one line per group ("Network · 1 failed · 3 not checked here"), each group
 * expandable to its rows; each row expands to its evidence (as text, never HTML). A check that did
 * not run says why and shows no evidence rows.
 */
import type { CheckGroup, CheckId } from '../../shared/checks';
import type { Translator } from '../../shared/i18n';
import { checkTitle, describeCheck, groupTitle, notCheckedText } from '../../shared/i18n/check-text';
import { notCheckedLine } from '../../shared/not-checked';
import { statusWords } from '../../shared/presentation';
import { buildGroups, type GroupView, type CheckRow as Row, type RowStatus } from '../lib/check-rows';
import { evidenceFor } from '../lib/evidence';
import { formatMs, relativeTime } from '../lib/format';
import { useDiagnosis, useT, useUi } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';
import { Chevron, StatusGlyph } from './icons';
import { useNow } from './use-now';

/** A row's status in one word ("OK", "Failed", "Checking…"). */
export function statusWord(status: RowStatus, t: Translator): string {
  return status === 'running' ? t.t('ui.checking') : statusWords(t)[status];
}

function toggle(id: CheckId): void {
  uiStore.setState((s) => ({ expanded: { ...s.expanded, [id]: !s.expanded[id] } }));
}

function toggleGroup(group: CheckGroup): void {
  uiStore.setState((s) => ({ expandedGroups: { ...s.expandedGroups, [group]: !s.expandedGroups[group] } }));
}

const SEVERITY: RowStatus[] = ['fail', 'running', 'warn', 'error', 'pass', 'skip'];

/** The worst status in a group, for its glyph. */
export function groupStatus(g: GroupView): RowStatus {
  return SEVERITY.find((s) => g.rows.some((r) => r.status === s)) ?? 'skip';
}

/** "2 failed · 1 could not check · 3 not checked here" — counts that say what they count. */
export function groupSummary(g: GroupView, t: Translator): string {
  const n = (s: RowStatus) => g.rows.filter((r) => r.status === s).length;
  const parts: string[] = [];
  if (n('running')) parts.push(t.t('ui.group.checking', { count: n('running') }));
  if (n('fail')) parts.push(t.t('ui.group.failed', { count: n('fail') }));
  if (n('warn')) parts.push(t.t('ui.group.warnings', { count: n('warn') }));
  if (n('error')) parts.push(t.t('ui.group.couldNot', { count: n('error') }));
  if (n('pass')) parts.push(n('pass') === g.rows.length ? t.t('ui.group.allOk', { count: g.rows.length }) : t.t('ui.group.ok', { count: n('pass') }));
  if (n('skip')) parts.push(t.t('ui.group.notHere', { count: n('skip') }));
  return parts.join(' · ');
}

/**
 * For a result the monitor carried over from an earlier run (the macOS checks are re-read once
 * per log window, electron/service/monitor/cycle-scope.ts): how long ago it was measured, where
 * a fresh result shows its duration.
 */
function MeasuredAgo({ at }: { at: string }) {
  const t = useT();
  const now = useNow(60_000);
  return <>{relativeTime(at, now, t)}</>;
}

function CheckRow({ row }: { row: Row }) {
  const t = useT();
  const open = useUi((s) => !!s.expanded[row.id]);
  const running = row.status === 'running';
  const notChecked = row.result && !running ? (row.result.message ? notCheckedText(t, row.result) : notCheckedLine(row.result, t)) : null;
  const summary = running
    ? row.result
      ? t.t('ui.row.was', { summary: describeCheck(t, row.result) })
      : t.t('ui.checking')
    : (notChecked ?? (row.result ? describeCheck(t, row.result) : ''));
  const lines = open && row.result && !notChecked ? evidenceFor(row.result, t) : [];
  const panelId = `evidence-${row.id}`;
  const showTime = !running && row.result && row.status !== 'skip';
  return (
    <li className={`row row-${row.status}`} data-check={row.id} data-status={row.status}>
      <button
        type="button"
        className="row-main"
        aria-describedby={`summary-${row.id}`}
        aria-expanded={notChecked ? undefined : open}
        aria-controls={notChecked ? undefined : panelId}
        onClick={() => toggle(row.id)}
        disabled={!row.result || !!notChecked}
      >
        <StatusGlyph status={row.status} />
        <span className="row-title">{checkTitle(t, row.id)}</span>
        <span className="row-status">
          {statusWord(row.status, t)}
          {showTime ? (
            <span className="row-ms"> · {row.result!.measuredAt ? <MeasuredAgo at={row.result!.measuredAt} /> : formatMs(row.result!.durationMs, t)}</span>
          ) : null}
        </span>
        {/* Read as the button's description, not its name: the name stays short. */}
        <span className="row-summary" id={`summary-${row.id}`} aria-hidden="true">
          {summary}
        </span>
        {notChecked ? <span aria-hidden="true" /> : <Chevron open={open} />}
      </button>
      {open && row.result && !notChecked && (
        <div className="evidence" id={panelId}>
          {lines.length ? (
            <dl>
              {lines.map((l, i) => (
                // Evidence lines have no stable id; their order is fixed for a given result.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <div className={`ev-line${l.tone ? ` ev-${l.tone}` : ''}${l.label.startsWith(' ') ? ' ev-sub' : ''}`} key={i}>
                  <dt>{l.label.trim()}</dt>
                  <dd>{l.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="ev-empty">{t.t('ui.row.noDetails')}</p>
          )}
        </div>
      )}
    </li>
  );
}

function Group({ g }: { g: GroupView }) {
  const t = useT();
  const open = useUi((s) => !!s.expandedGroups[g.group]);
  const status = groupStatus(g);
  const summary = groupSummary(g, t);
  const rowsId = `group-rows-${g.group}`;
  return (
    <li className={`group group-${status}${open ? ' group-open' : ''}`} data-group={g.group}>
      <h3 className="group-title">
        <button type="button" className="group-toggle" id={`group-${g.group}`} aria-expanded={open} aria-controls={rowsId} onClick={() => toggleGroup(g.group)}>
          <StatusGlyph status={status} />
          <span className="group-name">{groupTitle(t, g.group)}</span>
          <span className="group-summary">{summary}</span>
          <Chevron open={open} />
        </button>
      </h3>
      {open && (
        <ul className="rows" id={rowsId} aria-labelledby={`group-${g.group}`}>
          {g.rows.map((r) => (
            <CheckRow row={r} key={r.id} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function ChecksList() {
  const t = useT();
  const app = useDiagnosis((s) => s.app);
  const groups = buildGroups(app);
  if (!groups.length) return <p className="empty">{t.t('ui.checks.waiting')}</p>;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h2 id="checks-title" className="section-title">
        {t.t('ui.checks.title')}
      </h2>
      <ul className="groups">
        {groups.map((g) => (
          <Group g={g} key={g.group} />
        ))}
      </ul>
    </section>
  );
}
