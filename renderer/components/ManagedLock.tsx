/**
 * MDM-managed settings in the popover: which controls are locked, the note beside them, and the
 * organisation's support contact on the report page. Data comes from `AppState.managed`.
 */
import type { Settings } from '../../shared/settings';
import { useDiagnosis, useT } from '../stores/hooks';

/** True when the organisation's profile locks `key`. */
export function useLocked(key: keyof Settings): boolean {
  return useDiagnosis((d) => d.app.managed?.locked.includes(key) ?? false);
}

/** The small note shown under a locked control. */
export function ManagedNote({ id }: { id: string }) {
  const t = useT();
  return (
    <p className="set-hint set-managed" id={id} data-managed="true">
      {t.t('ui.managed.note')}
    </p>
  );
}

/** "Contact your IT" block for the report page; nothing when MDM set no contact. */
export function SupportContact() {
  const t = useT();
  const c = useDiagnosis((d) => d.app.managed?.supportContact ?? null);
  if (!c) return null;
  return (
    <section className="callout support-contact" aria-labelledby="support-contact-title">
      <h3 id="support-contact-title" className="group-title">
        {t.t('ui.managed.support')}
      </h3>
      <p>
        {c.name && <span>{c.name}</span>}
        {c.email && (
          <>
            {' '}
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </>
        )}
        {c.phone && <span> · {c.phone}</span>}
        {c.url && (
          <>
            {' '}
            · <a href={c.url}>{c.url}</a>
          </>
        )}
      </p>
    </section>
  );
}
