/** The popover: status header, tab bar, the current tab's panel and a toast line. */
import { type KeyboardEvent, lazy, Suspense, useRef } from 'react';
import { openTab } from '../app-actions';
import { firstVisibleHeading, keepFocusForNextView, useFocusHeading } from '../lib/use-focus-heading';
import { useUi } from '../stores/hooks';
import type { Tab } from '../stores/ui-store';
import { GearIcon } from './icons';
import { PanelBoundary } from './PanelBoundary';
import { StatusHeader } from './StatusHeader';

// Everything below the header loads as separate chunks (the fix catalog and symptom guides are
// most of the bundle): the header can paint its verdict before they are even parsed. The status
// panel's chunk is requested at once, in parallel with the bridge's first answer.
const statusPanel = import('./StatusPanel');
const StatusPanel = lazy(() => statusPanel.then((m) => ({ default: m.StatusPanel })));
const SymptomPicker = lazy(() => import('./SymptomPicker').then((m) => ({ default: m.SymptomPicker })));
const HistoryView = lazy(() => import('./HistoryView').then((m) => ({ default: m.HistoryView })));
const ReportView = lazy(() => import('./ReportView').then((m) => ({ default: m.ReportView })));
const SettingsView = lazy(() => import('./SettingsView').then((m) => ({ default: m.SettingsView })));

const TABS: { id: Tab; label: string; icon?: boolean }[] = [
  { id: 'status', label: 'Status' },
  { id: 'symptoms', label: 'Problems' },
  { id: 'history', label: 'History' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings', icon: true },
];

function TabBar() {
  const tab = useUi((s) => s.tab);
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  // WAI-ARIA tabs pattern: arrow keys move between tabs, Home/End jump.
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[(next + TABS.length) % TABS.length]!;
    if (t.id !== tab) keepFocusForNextView();
    openTab(t.id);
    refs.current[t.id]?.focus();
  };
  return (
    <nav className="tabs" aria-label="Sections">
      <div className="tablist" role="tablist" aria-label="Sections" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            className={`tab${t.icon ? ' tab-icon' : ''}`}
            aria-selected={tab === t.id}
            aria-controls="panel"
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => openTab(t.id)}
            aria-label={t.icon ? t.label : undefined}
            title={t.icon ? t.label : undefined}
          >
            {t.icon ? <GearIcon /> : t.label}
          </button>
        ))}
      </div>
    </nav>
  );
}

function Toast() {
  const toast = useUi((s) => s.toast);
  return (
    <div className={`toast${toast ? ' toast-on' : ''}${toast?.tone === 'error' ? ' toast-error' : ''}`} aria-live="polite">
      {toast?.text ?? ''}
    </div>
  );
}

export function App() {
  const tab = useUi((s) => s.tab);
  const symptomId = useUi((s) => s.symptomId);
  const panel = useRef<HTMLElement>(null);
  // A new view starts at its top with the focus on its heading; Status's heading is the verdict.
  useFocusHeading(`${tab}:${symptomId ?? ''}`, panel, () =>
    tab === 'status' ? document.querySelector<HTMLElement>('.header h1') : firstVisibleHeading(panel.current),
  );
  return (
    <div className="popover">
      <StatusHeader />
      <TabBar />
      <main ref={panel} className="panel">
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <PanelBoundary resetKey={tab}>
            <Suspense fallback={<p className="empty">Loading…</p>}>
              {tab === 'status' && <StatusPanel />}
              {tab === 'symptoms' && <SymptomPicker />}
              {tab === 'history' && <HistoryView />}
              {tab === 'report' && <ReportView />}
              {tab === 'settings' && <SettingsView />}
            </Suspense>
          </PanelBoundary>
        </div>
        <Toast />
      </main>
    </div>
  );
}
