import { useState } from 'react';
import type { EmailSwitch, NotificationPreferences } from '../api/types';
import { EMAIL_SWITCHES } from '../lib/notificationKinds';
import { useAsync } from '../lib/useAsync';
import { useNotifications } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Status';

/**
 * The e-mail switches: each one saves as soon as it changes. Notifications always appear in the
 * dashboard; these decide which also come by mail.
 */
export function EmailPreferences() {
  const store = useNotifications();
  const prefs = useAsync(() => store.preferences(), []);
  const [local, setLocal] = useState<NotificationPreferences['email'] | null>(null);
  const [saving, setSaving] = useState<EmailSwitch | null>(null);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<unknown>(null);
  const email = local ?? prefs.data?.email;

  async function toggle(key: EmailSwitch, on: boolean) {
    if (!email) return;
    setError(null);
    setSaved('');
    setSaving(key);
    setLocal({ ...email, [key]: on });
    try {
      const next = await store.setPreferences({ [key]: on });
      setLocal(next.email);
      const label = EMAIL_SWITCHES.find((s) => s.key === key)?.label ?? key;
      setSaved(`Saved: ${label} e-mails ${on ? 'on' : 'off'}.`);
    } catch (e) {
      setLocal({ ...email, [key]: !on });
      setError(e);
    } finally {
      setSaving(null);
    }
  }

  return (
    <section className="card" aria-labelledby="email-notifications">
      <h2 id="email-notifications">E-mail notifications</h2>
      <p className="hint">
        Every notification appears under the bell at the top. Choose which also come by e-mail.
        Mails about payments, new sign-ins and verifying your address are always sent.
      </p>
      <ErrorBanner
        error={prefs.error ?? error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      {prefs.loading ? (
        <Loading />
      ) : (
        email && (
          <fieldset className="switches">
            <legend className="sr-only">E-mail me about</legend>
            {EMAIL_SWITCHES.map((s) => (
              <label key={s.key} className="switch-row">
                <input
                  type="checkbox"
                  checked={email[s.key] !== false}
                  disabled={saving !== null}
                  onChange={(e) => void toggle(s.key, e.target.checked)}
                  aria-describedby={`email-${s.key}-hint`}
                />
                <span>
                  <span className="switch-label">{s.label}</span>
                  <span id={`email-${s.key}-hint`} className="hint">
                    {s.hint}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )
      )}
      <p className="hint" role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
