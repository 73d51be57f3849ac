import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TotpEnrolment } from '../api/types';
import { useAsync } from '../lib/useAsync';
import { useSessionStore } from '../session/context';
import { CopyBlock } from './CopyBlock';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Status';

/** The otpauth URI drawn as a QR code on a canvas (no image URL, nothing leaves the page). */
function TotpQr({ uri }: { uri: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode')
      .then((qr) => {
        if (live && canvas.current)
          return qr.toCanvas(canvas.current, uri, { width: 200, margin: 2 });
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [uri]);
  if (failed) return <p className="hint">Could not draw the QR code; type the secret instead.</p>;
  return (
    <canvas
      ref={canvas}
      className="totp-qr"
      role="img"
      aria-label="QR code for your authenticator app"
    />
  );
}

/** Six digits from the authenticator app. */
function CodeField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\s/g, ''))}
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9]{6}"
        maxLength={6}
        required
      />
    </label>
  );
}

/** Recovery codes, shown this once. */
export function RecoveryCodesOnce({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="form" data-testid="recovery-codes">
      <p className="banner banner-warn" role="note">
        Save these recovery codes somewhere safe: each signs you in once if you lose your
        authenticator. They are not shown again.
      </p>
      <CopyBlock label="Recovery codes" text={codes.join('\n')} secret />
      <button type="button" className="btn btn-primary" onClick={onDone}>
        I saved them
      </button>
    </div>
  );
}

/** Settings: turn two-step sign-in (TOTP) on or off, and renew the recovery codes. */
export function TwoStepSettings({
  refresh = 0,
}: {
  /** Changes when passkeys changed. */ refresh?: number;
}) {
  const session = useSessionStore();
  const [reload, setReload] = useState(0);
  const status = useAsync(() => session.mfaStatus(), [reload, refresh]);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [mode, setMode] = useState<'idle' | 'off' | 'renew'>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const start = () =>
    run(async () => {
      setEnrolment(await session.enrolTotp());
      setCode('');
    });

  const confirm = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setCodes(await session.confirmTotp(code));
      setEnrolment(null);
      setCode('');
    });
  };

  const act = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      if (mode === 'off') {
        await session.disableTotp(code);
        setReload((n) => n + 1);
      } else {
        setCodes(await session.newRecoveryCodes(code));
      }
      setMode('idle');
      setCode('');
    });
  };

  return (
    <section className="card" aria-labelledby="two-step">
      <h2 id="two-step">Two-step sign-in</h2>
      <ErrorBanner error={error ?? status.error} onDismiss={() => setError(null)} />
      {codes ? (
        <RecoveryCodesOnce
          codes={codes}
          onDone={() => {
            setCodes(null);
            setReload((n) => n + 1);
          }}
        />
      ) : status.loading ? (
        <Loading />
      ) : enrolment ? (
        <form className="form" onSubmit={confirm}>
          <p className="hint">
            Scan this code with an authenticator app (or type the secret), then enter the code it
            shows.
          </p>
          <TotpQr uri={enrolment.otpauth_uri} />
          <CopyBlock label="TOTP secret" text={enrolment.secret} secret />
          <CodeField label="Code from the app" value={code} onChange={setCode} />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Turn on
          </button>
          <button type="button" className="btn btn-link" onClick={() => setEnrolment(null)}>
            Cancel
          </button>
        </form>
      ) : status.data?.totp ? (
        <>
          <p>
            <span className="badge badge-imported">on</span> Signing in asks for a code from your
            authenticator app. Recovery codes left: {status.data.recovery_codes_left}.
          </p>
          {mode === 'idle' ? (
            <div className="row-actions">
              <button type="button" className="btn" onClick={() => setMode('renew')}>
                New recovery codes
              </button>
              <button type="button" className="btn btn-danger" onClick={() => setMode('off')}>
                Turn off
              </button>
            </div>
          ) : (
            <form className="form" onSubmit={act}>
              <CodeField
                label={
                  mode === 'off'
                    ? 'Code to turn two-step sign-in off'
                    : 'Code for new recovery codes'
                }
                value={code}
                onChange={setCode}
              />
              <button
                type="submit"
                className={`btn ${mode === 'off' ? 'btn-danger' : 'btn-primary'}`}
                disabled={busy}
              >
                {mode === 'off' ? 'Turn off' : 'Make new codes'}
              </button>
              <button type="button" className="btn btn-link" onClick={() => setMode('idle')}>
                Cancel
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          {status.data?.webauthn.length ? (
            <p>
              <span className="badge badge-imported">on</span> Signing in asks for one of your
              passkeys (below). Recovery codes left: {status.data.recovery_codes_left}. You can also
              use an authenticator app.
            </p>
          ) : (
            <p className="hint">
              Protect your account (tokens, audit trail, teams) with a code from an authenticator
              app or a passkey as well as your master password. Your keys stay encrypted by the
              master password either way.
            </p>
          )}
          <button
            type="button"
            className={`btn ${status.data?.webauthn.length ? '' : 'btn-primary'}`}
            disabled={busy}
            onClick={() => void start()}
          >
            {status.data?.webauthn.length ? 'Add an authenticator app' : 'Turn on two-step sign-in'}
          </button>
        </>
      )}
    </section>
  );
}
