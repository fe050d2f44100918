/** Inline SVG icons (no icon font, no external files; CSP allows nothing else anyway). */

import type { RowStatus } from '../lib/check-rows';
import type { HeaderLight } from '../lib/header';

/** The big status light: a different SHAPE per state, so it never relies on colour alone. */
export function LightShape({ light, size = 52 }: { light: HeaderLight; size?: number }) {
  return (
    <svg className={`light-shape light-${light}`} width={size} height={size} viewBox="0 0 52 52" aria-hidden="true" focusable="false">
      {light === 'green' && (
        <>
          <circle className="light-fill" cx="26" cy="26" r="24" />
          <path className="light-glyph" d="M15 27 L23 35 L38 18" />
        </>
      )}
      {light === 'amber' && (
        <>
          <path
            className="light-fill"
            d="M26 3 C28 3 29.3 4 30.3 5.7 L49.5 40 C51.3 43.3 49 47 45.3 47 H6.7 C3 47 0.7 43.3 2.5 40 L21.7 5.7 C22.7 4 24 3 26 3 Z"
          />
          <path className="light-glyph" d="M26 17 V30" />
          <circle className="light-dot" cx="26" cy="38" r="2.6" />
        </>
      )}
      {light === 'red' && (
        <>
          <path className="light-fill" d="M16.6 2 H35.4 L50 16.6 V35.4 L35.4 50 H16.6 L2 35.4 V16.6 Z" />
          <path className="light-glyph" d="M18 18 L34 34 M34 18 L18 34" />
        </>
      )}
      {light === 'checking' && (
        <>
          <circle className="light-track" cx="26" cy="26" r="21" />
          <path className="light-arc" d="M26 5 A21 21 0 0 1 47 26" />
        </>
      )}
    </svg>
  );
}

/** Small status glyph for a check row (shape + the row's text label). */
export function StatusGlyph({ status }: { status: RowStatus }) {
  return (
    <svg className={`glyph glyph-${status}`} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === 'pass' && (
        <>
          <circle className="glyph-fill" cx="8" cy="8" r="7" />
          <path className="glyph-mark" d="M4.8 8.3 L7 10.5 L11.2 5.8" />
        </>
      )}
      {status === 'warn' && (
        <>
          <path className="glyph-fill" d="M8 1.2 L15.2 14.2 H0.8 Z" />
          <path className="glyph-mark" d="M8 6 V9.6 M8 11.6 V11.8" />
        </>
      )}
      {status === 'fail' && (
        <>
          <path className="glyph-fill" d="M5.1 1 H10.9 L15 5.1 V10.9 L10.9 15 H5.1 L1 10.9 V5.1 Z" />
          <path className="glyph-mark" d="M5.5 5.5 L10.5 10.5 M10.5 5.5 L5.5 10.5" />
        </>
      )}
      {status === 'error' && (
        <>
          <circle className="glyph-ring" cx="8" cy="8" r="6.5" />
          <path className="glyph-mark" d="M6 6.2 C6 4.4 10 4.4 10 6.2 C10 7.6 8 7.6 8 9.2 M8 11.4 V11.6" />
        </>
      )}
      {status === 'skip' && (
        <>
          <circle className="glyph-ring" cx="8" cy="8" r="6.5" />
          <path className="glyph-mark" d="M5 8 H11" />
        </>
      )}
      {status === 'running' && (
        <>
          <circle className="glyph-track" cx="8" cy="8" r="6" />
          <path className="glyph-arc" d="M8 2 A6 6 0 0 1 14 8" />
        </>
      )}
    </svg>
  );
}

export function Chevron({ open }: { open: boolean }) {
  return (
    <svg className={`chevron${open ? ' chevron-open' : ''}`} width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <path d="M3 1.5 L6.8 5 L3 8.5" />
    </svg>
  );
}

export function GearIcon() {
  return (
    <svg className="icon" width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M6.9 1h2.2l.4 1.9 1.2.5 1.6-1.1 1.6 1.6-1.1 1.6.5 1.2 1.9.4v2.2l-1.9.4-.5 1.2 1.1 1.6-1.6 1.6-1.6-1.1-1.2.5-.4 1.9H6.9l-.4-1.9-1.2-.5-1.6 1.1-1.6-1.6 1.1-1.6-.5-1.2L1 9.1V6.9l1.9-.4.5-1.2-1.1-1.6 1.6-1.6 1.6 1.1 1.2-.5z" />
      <circle cx="8" cy="8" r="2.3" />
    </svg>
  );
}
