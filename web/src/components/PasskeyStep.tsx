import { useState } from 'react';
import { ApiError } from '../api/client';
import { passkeyProblem, passkeysSupported, signWithPasskey } from '../lib/webauthn';
import { useSessionStore } from '../session/context';
import { ErrorBanner } from './ErrorBanner';

export type SecondStepMode = 'passkey' | 'totp' | 'recovery';

const OTHER_LABELS: Record<string, string> = {
  totp: 'Use the authenticator app',
  recovery: 'Use a recovery code',
};

/** The second step of a login with a passkey or security key (navigator.credentials.get). */
export function PasskeyStep({
  onDone,
  others,
  onSwitch,
  onCancel,
}: {
  onDone: () => void;
  /** The account's other second factors, offered as links. */
  others: SecondStepMode[];
  onSwitch: (mode: SecondStepMode) => void;
  onCancel: () => void;
}) {
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const supported = passkeysSupported();

  async function go() {
    setBusy(true);
    setError(null);
    try {
      const options = await session.secondStepPasskeyOptions();
      const assertion = await signWithPasskey(options);
      await session.secondStep({ webauthn: assertion }, remember);
      onDone();
    } catch (err) {
      const refused = err instanceof ApiError && err.status === 401;
      setError(
        refused
          ? new Error(
              'That passkey was not accepted. Use one you added to this account, or log in again.',
            )
          : (passkeyProblem(err) ?? err),
      );
      setBusy(false);
    }
  }

  return (
    <div className="form">
      <ErrorBanner error={error} />
      <p className="hint">
        {supported
          ? 'Confirm it is you with a passkey: your fingerprint, face or screen lock, or a security key you added to KeyHaven.'
          : 'This browser cannot use passkeys. Use another way below, or another browser.'}
      </p>
      {supported && (
        <label className="check">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          Remember this device for 30 days
        </label>
      )}
      {supported && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          autoFocus
          onClick={() => void go()}
        >
          {busy ? 'Waiting for the passkey…' : 'Use a passkey'}
        </button>
      )}
      {others.map((m) => (
        <button key={m} type="button" className="btn btn-link" onClick={() => onSwitch(m)}>
          {OTHER_LABELS[m] ?? m}
        </button>
      ))}
      <button type="button" className="btn btn-link" onClick={onCancel}>
        Back
      </button>
    </div>
  );
}
