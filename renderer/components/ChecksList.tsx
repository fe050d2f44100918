/** The grouped checks list; each row expands to show its evidence (as text, never HTML). */
import type { CheckId } from '../../shared/checks';
import { buildGroups, type CheckRow as Row, type RowStatus } from '../lib/check-rows';
import { evidenceFor } from '../lib/evidence';
import { STATUS_WORDS as SHARED_STATUS_WORDS } from '../../shared/presentation';
import { formatMs } from '../lib/format';
import { useDiagnosis, useUi } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';
import { Chevron, StatusGlyph } from './icons';

export const STATUS_WORDS: Record<RowStatus, string> = { ...SHARED_STATUS_WORDS, running: 'Checking…' };

function toggle(id: CheckId): void {
  uiStore.setState((s) => ({ expanded: { ...s.expanded, [id]: !s.expanded[id] } }));
}

function CheckRow({ row }: { row: Row }) {
  const open = useUi((s) => !!s.expanded[row.id]);
  const running = row.status === 'running';
  const summary = running ? (row.result ? `Was: ${row.result.summary}` : 'Checking…') : (row.result?.summary ?? '');
  const lines = open && row.result ? evidenceFor(row.result) : [];
  const panelId = `evidence-${row.id}`;
  return (
    <li className={`row row-${row.status}`} data-check={row.id} data-status={row.status}>
      <button
        type="button"
        className="row-main"
        aria-describedby={`summary-${row.id}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => toggle(row.id)}
        disabled={!row.result}
      >
        <StatusGlyph status={row.status} />
        <span className="row-title">{row.title}</span>
        <span className="row-status">
          {STATUS_WORDS[row.status]}
          {!running && row.result ? <span className="row-ms"> · {formatMs(row.result.durationMs)}</span> : null}
        </span>
        {/* Read as the button's description, not its name: the name stays short. */}
        <span className="row-summary" id={`summary-${row.id}`} aria-hidden="true">
          {summary}
        </span>
        <Chevron open={open} />
      </button>
      {open && row.result && (
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
            <p className="ev-empty">No further details.</p>
          )}
        </div>
      )}
    </li>
  );
}

export function ChecksList() {
  const app = useDiagnosis((s) => s.app);
  const groups = buildGroups(app);
  if (!groups.length) return <p className="empty">Waiting for the first results…</p>;
  return (
    <section className="checks" aria-labelledby="checks-title">
      <h2 id="checks-title" className="section-title">
        All checks
      </h2>
      {groups.map((g) => (
        <div className="group" key={g.group}>
          <h3 className="group-title" id={`group-${g.group}`}>
            {g.title}
          </h3>
          <ul className="rows" aria-labelledby={`group-${g.group}`}>
            {g.rows.map((r) => (
              <CheckRow row={r} key={r.id} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
