/** The popover: status header, tab bar, the current tab's panel and a toast line. */
import { type ComponentType, type KeyboardEvent, lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../shared/i18n';
import type { PopoverNamespace } from '../../shared/i18n/popover-catalogs';
import { openTab } from '../app-actions';
import { firstVisibleHeading, keepFocusForNextView, useFocusHeading } from '../lib/use-focus-heading';
import { useT, useUi } from '../stores/hooks';
import { needNamespaces } from '../stores/i18n-store';
import type { Tab } from '../stores/ui-store';
import { GearIcon } from './icons';
import { LoadingText } from './LoadingText';
import { PanelBoundary } from './PanelBoundary';
import { StatusHeader } from './StatusHeader';

// Everything below the header loads as separate chunks (the fix catalog and symptom guides are
// most of the bundle): the header paints its verdict before they are even fetched. A view renders
// only once the catalog namespaces it shows beyond the first paint's are in the translator
// (`view`), so it never shows a message key while its texts are still on the way.
const view = <M,>(chunk: Promise<M>, namespaces: readonly PopoverNamespace[], pick: (m: M) => ComponentType) =>
  Promise.all([chunk, needNamespaces(namespaces)]).then(([m]) => ({ default: pick(m) }));
let statusPanel: Promise<{ default: ComponentType }> | null = null;
/**
 * The Status tab's chunk and its fix texts, asked for once the first frame is on screen
 * (`useAfterFirstFrame`): requested at start, they were evaluated on arrival, between the bridge's
 * first answer and the first render (CPU profile of the first load), delaying the header for a
 * panel below it.
 */
const loadStatusPanel = () => (statusPanel ??= view(import('./StatusPanel'), ['fixes', 'repair'], (m) => m.StatusPanel));
const StatusPanel = lazy(loadStatusPanel);
const SymptomPicker = lazy(() => view(import('./SymptomPicker'), ['fixes', 'repair'], (m) => m.SymptomPicker));
const HistoryView = lazy(() => view(import('./HistoryView'), [], (m) => m.HistoryView));
const ReportView = lazy(() => view(import('./ReportView'), ['repair'], (m) => m.ReportView));
const SettingsView = lazy(() => view(import('./SettingsView'), [], (m) => m.SettingsView));

const TABS: { id: Tab; label: MessageKey; icon?: boolean }[] = [
  { id: 'status', label: 'ui.tab.status' },
  { id: 'symptoms', label: 'ui.tab.problems' },
  { id: 'history', label: 'ui.tab.history' },
  { id: 'report', label: 'ui.tab.report' },
  { id: 'settings', label: 'ui.tab.settings', icon: true },
];

function TabBar() {
  const t = useT();
  const tab = useUi((s) => s.tab);
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  // WAI-ARIA tabs pattern: arrow keys move between tabs, Home/End jump.
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = TABS[(next + TABS.length) % TABS.length]!;
    if (to.id !== tab) keepFocusForNextView();
    openTab(to.id);
    refs.current[to.id]?.focus();
  };
  return (
    <nav className="tabs" aria-label={t.t('ui.tab.sections')}>
      <div className="tablist" role="tablist" aria-label={t.t('ui.tab.sections')} onKeyDown={onKey}>
        {TABS.map((tb) => (
          <button
            key={tb.id}
            ref={(el) => {
              refs.current[tb.id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tb.id}`}
            className={`tab${tb.icon ? ' tab-icon' : ''}`}
            aria-selected={tab === tb.id}
            aria-controls="panel"
            tabIndex={tab === tb.id ? 0 : -1}
            onClick={() => openTab(tb.id)}
            aria-label={tb.icon ? t.t(tb.label) : undefined}
            title={tb.icon ? t.t(tb.label) : undefined}
          >
            {tb.icon ? <GearIcon /> : t.t(tb.label)}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** False for the first frame, true once it has been painted (rAF runs before that paint, its timeout after). */
function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfter(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return after;
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
  const painted = useAfterFirstFrame();
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
            <Suspense fallback={<LoadingText />}>
              {tab === 'status' && painted && <StatusPanel />}
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
