import { useState, type FormEvent } from 'react';
import type { Passkey } from '../api/types';
import { formatDate } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { createPasskey, passkeyProblem, passkeysSupported } from '../lib/webauthn';
import { useSessionStore } from '../session/context';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Status';
import { RecoveryCodesOnce } from './TwoStepSettings';

const MAX_NAME = 64;

/** One passkey: its name (renamable in place), when it was added and last used, and Remove. */
function PasskeyRow({
  passkey,
  onRename,
  onRemove,
}: {
  passkey: Passkey;
  onRename: (name: string) => Promise<void>;
  onRemove: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(passkey.name);
  const [busy, setBusy] = useState(false);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await onRename(name.trim());
      setEditing(false);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="passkey" data-passkey={passkey.name}>
      {editing ? (
        <form className="inline-form" onSubmit={(e) => void save(e)}>
          <label>
            New name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={MAX_NAME}
              required
              autoFocus
            />
          </label>
          <div className="row-actions">
            <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
              Save
            </button>
            <button
              type="button"
              className="btn btn-link btn-small"
              onClick={() => {
                setName(passkey.name);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="passkey-text">
            <strong>{passkey.name}</strong>
            <span className="hint">
              Added {formatDate(passkey.created_at)} · last used{' '}
              {passkey.last_used_at ? formatDate(passkey.last_used_at) : 'never'}
            </span>
          </div>
          <div className="row-actions">
            <button
              type="button"
              className="btn btn-small"
              aria-label={`Rename ${passkey.name}`}
              onClick={() => setEditing(true)}
            >
              Rename
            </button>
            <button
              type="button"
              className="btn btn-small btn-danger"
              aria-label={`Remove ${passkey.name}`}
              onClick={onRemove}
            >
              Remove
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** Settings: passkeys and security keys as the second step of signing in. */
export function PasskeySettings({
  onChange,
}: {
  /** After a passkey is added or removed. */ onChange?: () => void;
}) {
  const session = useSessionStore();
  const [reload, setReload] = useState(0);
  const status = useAsync(() => session.mfaStatus(), [reload]);
  const [name, setName] = useState('');
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const supported = passkeysSupported();

  const passkeys = status.data?.webauthn ?? [];
  const onlyFactor = passkeys.length === 1 && !status.data?.totp;

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const options = await session.passkeyCreationOptions();
      const credential = await createPasskey(options);
      const added = await session.addPasskey(name.trim(), credential);
      setName('');
      setAdding(false);
      if (added.recovery_codes) setCodes(added.recovery_codes);
      else setReload((n) => n + 1);
      onChange?.();
    } catch (err) {
      setError(passkeyProblem(err) ?? err);
    } finally {
      setBusy(false);
    }
  }

  async function rename(id: string, newName: string) {
    setError(null);
    try {
      await session.renamePasskey(id, newName);
      setReload((n) => n + 1);
    } catch (err) {
      setError(err);
      throw err;
    }
  }

  return (
    <section className="card" aria-labelledby="passkeys">
      <h2 id="passkeys">Passkeys and security keys</h2>
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
      ) : (
        <>
          <p className="hint">
            After your master password, confirm sign-ins with your device&apos;s fingerprint, face
            or screen lock, or with a security key. Your master password still decrypts your keys; a
            passkey only proves it is you signing in.
          </p>
          {passkeys.length > 0 ? (
            <ul className="passkey-list" aria-label="Passkeys">
              {passkeys.map((p) => (
                <PasskeyRow
                  key={p.id}
                  passkey={p}
                  onRename={(n) => rename(p.id, n)}
                  onRemove={() => setRemoving(p)}
                />
              ))}
            </ul>
          ) : (
            <p>No passkeys yet.</p>
          )}
          {!supported ? (
            <p className="hint">This browser cannot use passkeys.</p>
          ) : adding ? (
            <form className="inline-form" onSubmit={(e) => void add(e)}>
              <label>
                Name for this passkey
                <input
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  placeholder="e.g. Work laptop or YubiKey"
                  maxLength={MAX_NAME}
                  required
                  autoFocus
                />
              </label>
              <div className="row-actions">
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  {busy ? 'Waiting for the passkey…' : 'Continue'}
                </button>
                <button type="button" className="btn btn-link" onClick={() => setAdding(false)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <div>
              <button
                type="button"
                className={`btn ${passkeys.length ? '' : 'btn-primary'}`}
                onClick={() => {
                  setError(null);
                  setAdding(true);
                }}
              >
                Add a passkey
              </button>
            </div>
          )}
        </>
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove “${removing.name}”?`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          danger
          onConfirm={async () => {
            await session.removePasskey(removing.id);
            setReload((n) => n + 1);
            onChange?.();
          }}
          onClose={() => setRemoving(null)}
        >
          <p>
            {onlyFactor
              ? 'It is your only second step: two-step sign-in turns off and your recovery codes stop working.'
              : 'It will no longer finish your sign-ins.'}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
