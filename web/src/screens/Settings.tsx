import { useCallback, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { PasswordStrength } from '../components/PasswordStrength';
import { Loading } from '../components/Status';
import { formatDate } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useKeyHaven } from '../session/context';

export default function Settings() {
  const kh = useKeyHaven();
  const me = useAsync(() => kh.me(), []);
  const plan = useAsync(() => kh.subscription(), []);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [score, setScore] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const onScore = useCallback((s: number) => setScore(s), []);

  async function change(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNotice('');
    if (next !== confirm) return setError(new Error('The new passwords differ.'));
    if (next.length < 12 || score < 3)
      return setError(
        new Error('Choose a stronger new master password (12+ characters, at least "Strong").'),
      );
    setBusy(true);
    try {
      await kh.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setNotice('Master password changed. Your other sessions were signed out.');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function everywhere() {
    setError(null);
    try {
      await kh.logOutEverywhere();
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
              <dd>{me.data.email}</dd>
              <dt>Member since</dt>
              <dd>{formatDate(me.data.created_at)}</dd>
              <dt>Vault lock</dt>
              <dd>After 15 minutes without activity, and on every reload</dd>
            </dl>
          )
        )}
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
            />
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
            />
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
            />
          </label>
          <p className="banner banner-warn">
            A lost master password cannot be recovered by anyone.
          </p>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Re-wrapping…' : 'Change master password'}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">Sessions</h2>
        <button type="button" className="btn btn-danger" onClick={() => void everywhere()}>
          Log out everywhere
        </button>
      </section>
      <section className="card" aria-labelledby="plan">
        <h2 id="plan">Plan</h2>
        {plan.loading ? (
          <Loading />
        ) : billingOff ? (
          <p>Billing is off on this server: every feature is available.</p>
        ) : plan.error ? (
          <ErrorBanner error={plan.error} />
        ) : (
          <dl className="facts">
            <dt>Plan</dt>
            <dd>{plan.data?.tier}</dd>
            <dt>Status</dt>
            <dd>{plan.data?.status}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}
