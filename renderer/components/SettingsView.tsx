/** Settings: check interval, notifications, launch at login, menu-bar text, clock thresholds. */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { LOCALE_NAMES, LOCALES, type Locale, type MessageKey } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { saveSettings } from '../app-actions';
import { SECONDS_LIMITS, type SecondsKey, secondsProblem } from '../lib/settings-validation';
import { useSettings, useT } from '../stores/hooks';
import { i18nStore } from '../stores/i18n-store';
import { ManagedNote, useLocked } from './ManagedLock';

const INTERVALS = [1, 2, 5, 10, 15, 30, 60, 120];

function Toggle({ label, hint, k, s }: { label: MessageKey; hint?: MessageKey; k: keyof Settings; s: Settings }) {
  const t = useT();
  const id = `set-${k}`;
  const locked = useLocked(k);
  return (
    <div className="set-row" data-locked={locked || undefined}>
      <label className="switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={s[k] === true}
          aria-checked={s[k] === true}
          onChange={(e) => void saveSettings({ [k]: e.currentTarget.checked })}
          aria-describedby={locked ? `${id}-managed` : hint ? `${id}-hint` : undefined}
          disabled={locked}
        />
        <span className="switch-track" aria-hidden="true" />
        <span>{t.t(label)}</span>
      </label>
      {hint && (
        <p className="set-hint" id={`${id}-hint`}>
          {t.t(hint)}
        </p>
      )}
      {locked && <ManagedNote id={`${id}-managed`} />}
    </div>
  );
}

/**
 * A number field that saves on blur/Enter, in seconds. A value that cannot be saved stays as
 * typed, with the reason in words right under the field and the focus back in it.
 */
function Seconds({ label, k, s }: { label: MessageKey; k: SecondsKey; s: Settings }) {
  const t = useT();
  const locked = useLocked(k);
  const [text, setText] = useState(String(s[k]));
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `set-${k}`;
  // A saved value from main replaces the text only while the field holds no rejected value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-sync only when the saved value changes
  useEffect(() => {
    if (!problem) setText(String(s[k]));
  }, [s[k]]);
  const commit = () => {
    const why = secondsProblem(k, text, s, t);
    setProblem(why);
    if (why) {
      // Back to the field (blur may have moved focus away) so the reason is read and fixed there.
      requestAnimationFrame(() => input.current?.focus());
      return;
    }
    const n = Number(text);
    if (n !== s[k]) void saveSettings({ [k]: n });
  };
  const { min, max } = SECONDS_LIMITS[k];
  return (
    <div className="set-field-wrap">
      <label className="set-field" htmlFor={id}>
        <span>{t.t(label)}</span>
        <span className="num">
          <input
            ref={input}
            id={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            value={text}
            disabled={locked}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-error` : locked ? `set-${k}-managed` : undefined}
            onChange={(e) => setText(e.currentTarget.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
          />
          <span className="unit">{t.t('ui.settings.secondsUnit')}</span>
        </span>
      </label>
      {locked && <ManagedNote id={`set-${k}-managed`} />}
      {problem && (
        <p className="set-error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The language: "Same as macOS (Deutsch)" first, then every language in its own name, so a
 * person who cannot read the current language still finds theirs.
 */
function LanguageField({ s }: { s: Settings }) {
  const t = useT();
  const system = useStore(i18nStore, (st) => st.system);
  const locked = useLocked('language');
  const systemName = system === 'en-XA' ? 'en-XA' : LOCALE_NAMES[system];
  return (
    <label className="set-field">
      <span>{t.t('ui.language.label')}</span>
      <select
        id="set-language"
        value={s.language}
        disabled={locked}
        aria-describedby={locked ? 'set-language-managed' : undefined}
        onChange={(e) => void saveSettings({ language: e.currentTarget.value as Settings['language'] })}
      >
        <option value="system">{t.t('ui.language.system', { language: systemName })}</option>
        {LOCALES.map((l: Locale) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {locked && <ManagedNote id="set-language-managed" />}
    </label>
  );
}

/** "5 minutes", "1 hour", "2 hours" in the locale's words. */
function intervalWords(m: number, t: ReturnType<typeof useT>): string {
  return m < 60 || m % 60 !== 0 ? t.t('ui.settings.minutes', { count: m }) : t.t('ui.settings.hours', { count: m / 60 });
}

export function SettingsView() {
  const t = useT();
  const { settings: s, error } = useSettings((st) => st);
  const intervalLocked = useLocked('intervalMinutes');
  const titleLocked = useLocked('titleText');
  if (!s) return <p className="empty">{error ?? t.t('ui.settings.loading')}</p>;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="section-title">
        {t.t('ui.settings.title')}
      </h2>
      {error && (
        <p className="callout callout-bad" role="alert">
          {error}
        </p>
      )}
      <div className="set-group">
        <label className="set-field">
          <span>{t.t('ui.settings.interval')}</span>
          <select
            value={s.intervalMinutes}
            disabled={intervalLocked}
            aria-describedby={intervalLocked ? 'set-intervalMinutes-managed' : undefined}
            onChange={(e) => void saveSettings({ intervalMinutes: Number(e.currentTarget.value) })}
          >
            {[...new Set([...INTERVALS, s.intervalMinutes])]
              .sort((a, b) => a - b)
              .map((m) => (
                <option key={m} value={m}>
                  {intervalWords(m, t)}
                </option>
              ))}
          </select>
          {intervalLocked && <ManagedNote id="set-intervalMinutes-managed" />}
        </label>
        <label className="set-field">
          <span>{t.t('ui.settings.menuBar')}</span>
          <select
            value={s.titleText}
            disabled={titleLocked}
            aria-describedby={titleLocked ? 'set-titleText-managed' : undefined}
            onChange={(e) => void saveSettings({ titleText: e.currentTarget.value as Settings['titleText'] })}
          >
            <option value="none">{t.t('ui.settings.menuBarNone')}</option>
            <option value="status">{t.t('ui.settings.menuBarStatus')}</option>
            <option value="latency">{t.t('ui.settings.menuBarLatency')}</option>
          </select>
          {titleLocked && <ManagedNote id="set-titleText-managed" />}
        </label>
        <LanguageField s={s} />
        <Toggle label="ui.settings.openAtLogin" k="launchAtLogin" s={s} />
      </div>
      <h3 className="group-title">{t.t('ui.settings.notifyTitle')}</h3>
      <div className="set-group">
        <Toggle label="ui.settings.notifyUnreachable" k="notifyUnreachable" s={s} />
        <Toggle label="ui.settings.notifyRestored" k="notifyRestored" s={s} />
        <Toggle label="ui.settings.notifyOutage" k="notifyAppleOutage" s={s} />
        <Toggle label="ui.settings.notifyAppleBack" hint="ui.settings.notifyAppleBackHint" k="notifyWhenAppleBack" s={s} />
      </div>
      <h3 className="group-title">{t.t('ui.settings.clockTitle')}</h3>
      <div className="set-group">
        <Seconds label="ui.settings.clockWarn" k="clockWarnSeconds" s={s} />
        <Seconds label="ui.settings.clockFail" k="clockFailSeconds" s={s} />
        <p className="set-hint">{t.t('ui.settings.clockHint')}</p>
      </div>
    </section>
  );
}
