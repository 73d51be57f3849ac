import { useCallback, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { EmailPreferences } from '../components/EmailPreferences';
import { ErrorBanner } from '../components/ErrorBanner';
import { FieldError } from '../components/FieldError';
import { fieldErrors } from '../lib/fieldErrors';
import { PasswordStrength } from '../components/PasswordStrength';
import { SignInList } from '../components/SignInList';
import { RememberedDeviceList } from '../components/RememberedDeviceList';
import { TwoStepSettings } from '../components/TwoStepSettings';
import { PasskeySettings } from '../components/PasskeySettings';
import { Loading } from '../components/Status';
import { formatDate } from '../lib/keys';
import { billingOn, keyUsageText, planName } from '../lib/plan';
import { useAsync } from '../lib/useAsync';
import {
  AUTO_LOCK_CHOICES,
  formatMinutes,
  setAutoLockMinutes,
  useAutoLockMinutes,
} from '../session/autoLock';
import { useSessionStore } from '../session/context';

export default function Settings() {
  const session = useSessionStore();
  // The two-step card shows whether passkeys keep two-step sign-in on.
  const [passkeysChanged, setPasskeysChanged] = useState(0);
  const me = useAsync(() => session.me(), []);
  const phrase = useAsync(() => session.fingerprint(), []);
  const plan = useAsync(() => session.subscription(), []);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [score, setScore] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const autoLock = useAutoLockMinutes();
  const onScore = useCallback((s: number) => setScore(s), []);

  async function change(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setFields({});
    setNotice('');
    if (next.length < 12 || score < 3)
      return setFields({
        next: 'Choose a stronger new master password (12+ characters, at least "Strong").',
      });
    if (next !== confirm) return setFields({ confirm: 'The new passwords differ.' });
    setBusy(true);
    try {
      await session.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setNotice('Master password changed. Your other sessions were signed out.');
    } catch (err) {
      const byField = fieldErrors(err);
      if (Object.keys(byField).length > 0) setFields(byField);
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function everywhere() {
    setError(null);
    try {
      await session.logOutEverywhere();
    } catch (err) {
      setError(err);
    }
  }

  const billingOff = plan.error instanceof ApiError && plan.error.status === 404;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Settings</h1>
      </div>
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      <section className="card" aria-labelledby="account">
        <h2 id="account">Account</h2>
        <ErrorBanner error={me.error} />
        {me.loading ? (
          <Loading />
        ) : (
          me.data && (
            <dl className="facts">
              <dt>Email</dt>
              <dd>
                {me.data.email}{' '}
                {me.data.email_verification_required &&
                  (me.data.email_verified ? (
                    <span className="badge badge-imported">verified</span>
                  ) : (
                    <>
                      <span className="badge badge-old">not verified</span>{' '}
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() =>
                          void session
                            .resendVerification()
                            .then(() => setNotice('A new verification link is on its way.'))
                            .catch(setError)
                        }
                      >
                        Send the link again
                      </button>
                    </>
                  ))}
              </dd>
              <dt>Member since</dt>
              <dd>{formatDate(me.data.created_at)}</dd>
              <dt>Vault lock</dt>
              <dd>
                <label className="inline-label">
                  Lock after
                  <select
                    aria-label="Auto-lock after"
                    value={autoLock}
                    onChange={(e) => setAutoLockMinutes(Number(e.target.value))}
                  >
                    {AUTO_LOCK_CHOICES.map((m) => (
                      <option key={m} value={m}>
                        {formatMinutes(m)}
                      </option>
                    ))}
                  </select>
                  without activity, and on every reload.
                </label>
              </dd>
            </dl>
          )
        )}
      </section>
      <section className="card" aria-labelledby="fingerprint">
        <h2 id="fingerprint">Your fingerprint phrase</h2>
        <p className="fingerprint" data-testid="own-phrase">
          {phrase.data ?? '…'}
        </p>
        <p className="hint">
          Made in this browser from your public key. When a team admin confirms you, read it to them
          by phone or in person: if their screen shows other words, someone swapped your key and
          they must not confirm.
        </p>
      </section>
      <section className="card" aria-labelledby="password">
        <h2 id="password">Change master password</h2>
        <p className="hint">
          Only your user key is re-wrapped; your keys are not re-encrypted. Other sessions are
          signed out.
        </p>
        <form className="form" onSubmit={(e) => void change(e)}>
          <label>
            Current master password
            <input
              type="password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              autoComplete="current-password"
              required
              aria-invalid={Boolean(fields.current)}
              aria-describedby={fields.current ? 'pw-current-error' : undefined}
            />
            <FieldError id="pw-current-error" message={fields.current} />
          </label>
          <label>
            New master password
            <input
              type="password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
              autoComplete="new-password"
              required
              minLength={12}
              aria-invalid={Boolean(fields.next)}
              aria-describedby={fields.next ? 'pw-next-error' : undefined}
            />
            <FieldError id="pw-next-error" message={fields.next} />
          </label>
          <PasswordStrength password={next} onScore={onScore} />
          <label>
            Confirm new master password
            <input
              type="password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              autoComplete="new-password"
              required
              aria-invalid={Boolean(fields.confirm)}
              aria-describedby={fields.confirm ? 'pw-confirm-error' : undefined}
            />
            <FieldError id="pw-confirm-error" message={fields.confirm} />
          </label>
          <p className="banner banner-warn">
            A lost master password cannot be recovered by anyone.
          </p>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Re-wrapping…' : 'Change master password'}
          </button>
        </form>
      </section>
      <TwoStepSettings refresh={passkeysChanged} />
      <PasskeySettings onChange={() => setPasskeysChanged((n) => n + 1)} />
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">Sessions</h2>
        <SignInList />
        <button type="button" className="btn btn-danger" onClick={() => void everywhere()}>
          Log out everywhere
        </button>
        <h3 id="remembered-devices">Remembered devices</h3>
        <RememberedDeviceList />
      </section>
      <EmailPreferences />
      <section className="card" aria-labelledby="integrations">
        <h2 id="integrations">Integrations</h2>
        <p>
          Push keys to GitHub Actions secrets (sealed in this browser), add deploy keys, and let
          GitHub&apos;s leak alerts mark your keys exposed: <a href="#/integrations">GitHub</a>.
        </p>
      </section>
      <section className="card" aria-labelledby="plan">
        <h2 id="plan">Plan</h2>
        {plan.loading ? (
          <Loading />
        ) : billingOff || (plan.data && !billingOn(plan.data)) ? (
          <p>
            Billing is off on this server (local or self-hosted): every account has every feature
            and nothing is limited.
          </p>
        ) : plan.error ? (
          <ErrorBanner error={plan.error} />
        ) : (
          plan.data && (
            <>
              <dl className="facts">
                <dt>Plan</dt>
                <dd>{planName(plan.data.tier)}</dd>
                <dt>Keys</dt>
                <dd>{keyUsageText(plan.data)}</dd>
              </dl>
              <a className="btn" href="#/billing">
                See plan, usage and upgrades
              </a>
            </>
          )
        )}
      </section>
    </div>
  );
}
