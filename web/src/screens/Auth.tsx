import { Logo } from '../components/Logo';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { FieldError } from '../components/FieldError';
import { ApiError } from '../api/client';
import { PasswordStrength } from '../components/PasswordStrength';
import { navigate } from '../lib/router';
import { useSessionStore } from '../session/context';
import type { LockReason } from '../session/keyhaven';
import { PasskeyStep, type SecondStepMode } from '../components/PasskeyStep';

function AuthFrame({
  title,
  children,
  intro,
}: {
  title: string;
  children: ReactNode;
  intro?: boolean;
}) {
  return (
    <main className={`auth${intro ? ' auth-with-intro' : ''}`} id="main">
      {intro && <Intro />}
      <div className="auth-card">
        <p className="brand">
          <Logo /> KeyHaven
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

/** What KeyHaven is, before the login box. */
function Intro() {
  return (
    <section className="auth-intro" aria-labelledby="intro-title">
      <h2 id="intro-title">A vault for your API keys that even its server cannot read</h2>
      <p>
        Keep Stripe, OpenAI, GitHub and AWS keys in one place, share them with your team, and import
        or export them as <code>.env</code> files.
      </p>
      <ul>
        <li>
          <strong>Encrypted in your browser.</strong> Your master password never leaves this device;
          it unlocks a key that encrypts every value before it is sent.
        </li>
        <li>
          <strong>The server stores only ciphertext.</strong> It sees names, services and tags so it
          can search and filter, never the values.
        </li>
        <li>
          <strong>Every reveal is logged</strong> in an audit trail that cannot be changed
          unnoticed.
        </li>
      </ul>
      <p className="hint">
        Because nobody else holds your key, a lost master password cannot be recovered.
      </p>
    </section>
  );
}

export function SignUp() {
  const session = useSessionStore();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [score, setScore] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onScore = useCallback((s: number) => setScore(s), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (password !== confirm) return setError(new Error('The two passwords differ.'));
    if (password.length < 12) return setError(new Error('Use at least 12 characters.'));
    if (score < 3)
      return setError(new Error('Choose a stronger master password (at least "Strong").'));
    setBusy(true);
    try {
      await session.signUp(email.trim(), password);
      navigate('dashboard');
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <AuthFrame title="Create your vault">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ErrorBanner error={error} />
        <label>
          Email
          <input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
            required
          />
        </label>
        <label>
          Master password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            required
            minLength={12}
          />
        </label>
        <PasswordStrength password={password} onScore={onScore} />
        <label>
          Confirm master password
          <input
            type="password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="new-password"
            required
          />
        </label>
        <div className="banner banner-warn" role="note">
          Your master password encrypts your vault in this browser. KeyHaven never receives it and{' '}
          <strong>cannot recover it</strong>: if you lose it, your keys are lost.
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
            required
          />
          I understand that a lost master password cannot be recovered.
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy || !understood}>
          {busy ? 'Creating keys…' : 'Create account'}
        </button>
        <p>
          Have an account? <a href="#/login">Log in</a>
        </p>
      </form>
    </AuthFrame>
  );
}

/** The second step of a login: a passkey, a code from the authenticator app, or a recovery code. */
export function SecondStep({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const session = useSessionStore();
  const methods = session.secondStepMethods;
  const [mode, setMode] = useState<SecondStepMode>(
    methods.includes('webauthn') ? 'passkey' : methods.includes('totp') ? 'totp' : 'recovery',
  );
  const recovery = mode === 'recovery';
  const [remember, setRemember] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const typed = code.trim();
      await session.secondStep(
        recovery ? { recovery_code: typed } : { totp_code: typed.replace(/\s/g, '') },
        remember,
      );
      onDone();
    } catch (err) {
      const refused = err instanceof ApiError && err.status === 401;
      setError(
        refused
          ? new Error(
              'That code did not work. Codes work once; after several wrong ones, log in again.',
            )
          : err,
      );
      setBusy(false);
    }
  }

  const switchTo = (next: SecondStepMode) => {
    setMode(next);
    setCode('');
    setError(null);
  };

  if (mode === 'passkey')
    return (
      <AuthFrame title="Two-step sign-in">
        <PasskeyStep
          onDone={onDone}
          others={methods.filter((m) => m !== 'webauthn') as SecondStepMode[]}
          onSwitch={switchTo}
          onCancel={() => {
            session.cancelSecondStep();
            onCancel();
          }}
        />
      </AuthFrame>
    );

  return (
    <AuthFrame title="Two-step sign-in">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ErrorBanner error={error} />
        <p className="hint">
          {recovery
            ? 'Enter one of your recovery codes. Each works once.'
            : 'Enter the 6-digit code from your authenticator app.'}
        </p>
        <label>
          {recovery ? 'Recovery code' : 'Authentication code'}
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            pattern={recovery ? undefined : '[0-9 ]{6,7}'}
            required
            autoFocus
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          Remember this device for 30 days
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Checking…' : 'Continue'}
        </button>
        {methods.includes('webauthn') && (
          <button type="button" className="btn btn-link" onClick={() => switchTo('passkey')}>
            Use a passkey
          </button>
        )}
        {(!recovery || methods.includes('totp')) && (
          <button
            type="button"
            className="btn btn-link"
            onClick={() => switchTo(recovery ? 'totp' : 'recovery')}
          >
            {recovery ? 'Use the authenticator app' : 'Use a recovery code'}
          </button>
        )}
        <button
          type="button"
          className="btn btn-link"
          onClick={() => {
            session.cancelSecondStep();
            onCancel();
          }}
        >
          Back
        </button>
      </form>
    </AuthFrame>
  );
}

export function LogIn() {
  const session = useSessionStore();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [second, setSecond] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if ((await session.logIn(email.trim(), password)) === 'second-step') {
        setSecond(true);
        setBusy(false);
        return;
      }
      navigate('dashboard');
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  if (second)
    return <SecondStep onDone={() => navigate('dashboard')} onCancel={() => setSecond(false)} />;
  return (
    <AuthFrame title="Log in" intro>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <ErrorBanner error={error} />
        <label>
          Email
          <input
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            autoComplete="username"
            required
          />
        </label>
        <label>
          Master password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Unlocking…' : 'Log in'}
        </button>
        <p>
          New here? <a href="#/signup">Create an account</a>
        </p>
      </form>
    </AuthFrame>
  );
}

const LOCK_REASON: Record<LockReason, string> = {
  reload: 'The vault locks whenever the page is reloaded.',
  idle: 'The vault locked after 15 minutes without activity.',
  expired: 'Your session ended; unlock to continue.',
  manual: 'The vault is locked.',
};

export function Unlock({ email, reason }: { email: string; reason: LockReason }) {
  const session = useSessionStore();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [second, setSecond] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if ((await session.unlock(password)) === 'second-step') {
        setSecond(true);
        setBusy(false);
      }
    } catch (err) {
      setError(wrongPassword(err) ? WRONG_PASSWORD : err);
      setBusy(false);
    }
  }

  if (second) return <SecondStep onDone={() => undefined} onCancel={() => setSecond(false)} />;
  return (
    <AuthFrame title="Unlock your vault">
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="hint">{LOCK_REASON[reason]}</p>
        <ErrorBanner error={error === WRONG_PASSWORD ? null : error} />
        <input type="email" value={email} autoComplete="username" readOnly hidden />
        <p>
          Account: <strong>{email}</strong>
        </p>
        <label>
          Master password
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
            autoFocus
            aria-invalid={error === WRONG_PASSWORD}
            aria-describedby={error === WRONG_PASSWORD ? 'unlock-password-error' : undefined}
          />
          <FieldError
            id="unlock-password-error"
            message={error === WRONG_PASSWORD ? 'The master password is incorrect.' : undefined}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        <button type="button" className="btn btn-link" onClick={() => session.forgetAccount()}>
          Use another account
        </button>
      </form>
    </AuthFrame>
  );
}

const WRONG_PASSWORD = Symbol('wrong password');

/** A refused login or a user key that does not open: the password typed is not the one. */
function wrongPassword(error: unknown): boolean {
  return (
    (error instanceof ApiError && error.status === 401 && error.code !== 'RATE_LIMITED') ||
    (error instanceof Error && error.name === 'CryptoError')
  );
}
