/** Settings: check interval, notifications, launch at login, menu-bar text, clock thresholds. */
import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/settings';
import { saveSettings } from '../app-actions';
import { SECONDS_LIMITS, type SecondsKey, secondsProblem } from '../lib/settings-validation';
import { useSettings } from '../stores/hooks';
import { ManagedNote, useLocked } from './ManagedLock';

const INTERVALS = [1, 2, 5, 10, 15, 30, 60, 120];

function Toggle({ label, hint, k, s }: { label: string; hint?: string; k: keyof Settings; s: Settings }) {
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
        <span>{label}</span>
      </label>
      {hint && (
        <p className="set-hint" id={`${id}-hint`}>
          {hint}
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
function Seconds({ label, k, s }: { label: string; k: SecondsKey; s: Settings }) {
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
    const why = secondsProblem(k, text, s);
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
        <span>{label}</span>
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
          <span className="unit">seconds</span>
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

export function SettingsView() {
  const { settings: s, error } = useSettings((st) => st);
  const intervalLocked = useLocked('intervalMinutes');
  const titleLocked = useLocked('titleText');
  if (!s) return <p className="empty">{error ?? 'Loading settings…'}</p>;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title" className="section-title">
        Settings
      </h2>
      {error && (
        <p className="callout callout-bad" role="alert">
          {error}
        </p>
      )}
      <div className="set-group">
        <label className="set-field">
          <span>Check every</span>
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
                  {m === 1 ? '1 minute' : m < 60 ? `${m} minutes` : m === 60 ? '1 hour' : `${m / 60} hours`}
                </option>
              ))}
          </select>
          {intervalLocked && <ManagedNote id="set-intervalMinutes-managed" />}
        </label>
        <label className="set-field">
          <span>Menu bar shows</span>
          <select
            value={s.titleText}
            disabled={titleLocked}
            aria-describedby={titleLocked ? 'set-titleText-managed' : undefined}
            onChange={(e) => void saveSettings({ titleText: e.currentTarget.value as Settings['titleText'] })}
          >
            <option value="none">Icon only</option>
            <option value="status">Icon and status</option>
            <option value="latency">Icon and response time</option>
          </select>
          {titleLocked && <ManagedNote id="set-titleText-managed" />}
        </label>
        <Toggle label="Open at Login" k="launchAtLogin" s={s} />
      </div>
      <h3 className="group-title">Notify me when</h3>
      <div className="set-group">
        <Toggle label="Sign-in stops working" k="notifyUnreachable" s={s} />
        <Toggle label="Sign-in works again" k="notifyRestored" s={s} />
        <Toggle label="Apple reports an outage" k="notifyAppleOutage" s={s} />
        <Toggle
          label="Apple’s outage is over"
          hint="One notification when Apple Account sign-in is back after an outage on Apple’s side."
          k="notifyWhenAppleBack"
          s={s}
        />
      </div>
      <h3 className="group-title">Clock</h3>
      <div className="set-group">
        <Seconds label="Warn when the clock is off by" k="clockWarnSeconds" s={s} />
        <Seconds label="Problem when off by" k="clockFailSeconds" s={s} />
        <p className="set-hint">Secure connections and verification codes start failing when the clock is off by minutes.</p>
      </div>
    </section>
  );
}
