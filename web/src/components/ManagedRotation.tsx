import { useId, useState, type FormEvent } from 'react';
import type { ApiKey } from '../api/types';
import { formatDateTime } from '../lib/keys';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useRotation, useSession, useTeams, useVault } from '../session/context';
import type { PostgresCredential } from '../session/rotation';
import { ErrorBanner } from './ErrorBanner';

const STATE_WORDS: Record<string, string> = {
  idle: 'Ready',
  creating: 'Making the new credential',
  testing: 'Testing the new credential',
  finishing: 'Storing the new value',
  grace: 'Rotated: the old credential still works until the grace period ends',
  revoking: 'Retiring the old credential',
  failed: 'Failed: KeyHaven tries again later',
  done: 'Done',
  rolled_back: 'Rolled back',
};

/** A run in the history, in a word or two. */
const RUN_WORDS: Record<string, string> = {
  creating: 'Creating',
  testing: 'Testing',
  finishing: 'Finishing',
  grace: 'In grace period',
  revoking: 'Revoking the old one',
  done: 'Done',
  rolled_back: 'Rolled back',
  failed: 'Failed',
};

const NEW = '__new__';

/**
 * Managed rotation of one key: KeyHaven makes the new credential at the provider, seals it to the
 * vault at once and retires the old one after a grace period. Set up by the key's owner or a
 * team admin; the state, history, run now and roll back for everyone who may see the key.
 */
export function ManagedRotation({ apiKey, onChanged }: { apiKey: ApiKey; onChanged: () => void }) {
  const rotation = useRotation();
  const vault = useVault();
  const teams = useTeams();
  const session = useSession();
  const id = useId();
  const status = useAsync(() => rotation.status(apiKey.id), [apiKey.id, apiKey.version]);
  const action = useAction();
  const [notice, setNotice] = useState('');
  const manages = apiKey.team_id
    ? teams.roleIn(apiKey.team_id) === 'admin'
    : session.status === 'unlocked' && session.userId === apiKey.user_id;
  const s = status.data ?? status.latest;

  async function run() {
    await action.run(async () => {
      const accepted = await rotation.run(apiKey.id);
      if (accepted.state === 'failed') {
        setNotice('');
      } else {
        // The new value came back sealed to this vault: open it and store it under the vault key.
        const fresh = await vault.get(apiKey.id);
        if (fresh.sealed_value) await vault.storeSealed(fresh);
        setNotice(
          'Rotated. The new value is in your vault; the old one works until the grace period ends.',
        );
      }
      status.reload();
      onChanged();
    });
  }

  async function rollback() {
    await action.run(async () => {
      await rotation.rollback(apiKey.id);
      setNotice(
        'Rolled back: the new credential is revoked and the value before it is current again.',
      );
      status.reload();
      onChanged();
    });
  }

  const configured = Boolean(s?.connection_id);
  if (!configured && !manages) return null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Managed rotation</h2>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner error={action.error ?? status.error} onDismiss={action.clear} />
      {s && configured ? (
        <>
          <p data-testid="rotation-state">
            <strong>{STATE_WORDS[s.state] ?? s.state}</strong>
            {s.grace_until && s.state === 'grace' && <> (until {formatDateTime(s.grace_until)})</>}
            {s.retry_at && s.state === 'failed' && <> (next try {formatDateTime(s.retry_at)})</>}
          </p>
          {s.next_due_at && <p className="hint">Next rotation {formatDateTime(s.next_due_at)}.</p>}
          {manages && (
            <div className="form-actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={action.busy || !['idle', 'failed'].includes(s.state)}
                onClick={() => void run()}
              >
                {action.busy ? 'Working…' : 'Rotate now'}
              </button>
              {s.state === 'grace' && (
                <button
                  type="button"
                  className="btn"
                  disabled={action.busy}
                  onClick={() => void rollback()}
                >
                  Roll back
                </button>
              )}
            </div>
          )}
          {s.history.length > 0 && (
            <table className="table" aria-label="Rotation history">
              <thead>
                <tr>
                  <th>Started</th>
                  <th>State</th>
                  <th>How</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {s.history.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.started_at)}</td>
                    <td>{RUN_WORDS[r.state] ?? r.state}</td>
                    <td>{r.trigger}</td>
                    <td>{r.error ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <SetUp apiKey={apiKey} onDone={() => status.reload()} />
      )}
    </section>
  );
}

function SetUp({ apiKey, onDone }: { apiKey: ApiKey; onDone: () => void }) {
  const rotation = useRotation();
  const connections = useAsync(() => rotation.connections(), []);
  const usable = (connections.data ?? []).filter(
    (c) => (c.team_id ?? null) === (apiKey.team_id ?? null),
  );
  const [connection, setConnection] = useState('');
  const [name, setName] = useState('');
  const [cred, setCred] = useState<PostgresCredential>({
    host: '',
    port: '5432',
    database: '',
    username: '',
    password: '',
    sslmode: 'require',
  });
  const [roles, setRoles] = useState('');
  const [current, setCurrent] = useState('');
  const [grace, setGrace] = useState('24');
  const [interval, setEvery] = useState('90');
  const action = useAction();
  const chosen = connection || (usable[0]?.id ?? NEW);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      const connectionId =
        chosen === NEW
          ? (await rotation.connectPostgres(name.trim() || cred.host, cred, apiKey.team_id)).id
          : chosen;
      const target: Record<string, string> = { roles: roles.replace(/\s+/g, '') };
      if (current.trim()) target.current_role = current.trim();
      await rotation.configure(apiKey.id, {
        connection_id: connectionId,
        target,
        interval_days: interval.trim() ? Number(interval) : null,
        grace_hours: Number(grace),
      });
      onDone();
    });
  }

  const field = (key: keyof PostgresCredential, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={cred[key]}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        onChange={(e) => setCred({ ...cred, [key]: e.target.value })}
        required={key !== 'port'}
      />
    </label>
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label="Set up managed rotation">
      <p className="hint">
        KeyHaven can rotate this key itself: it makes the new credential at the provider, seals it
        at once to your vault (only your browser can open it) and retires the old one after a grace
        period. For this the server keeps the provider&apos;s admin credential, encrypted, and sees
        the new value for the moment it takes to seal it. PostgreSQL passwords rotate by alternating
        two login roles, so no open connection breaks.
      </p>
      <ErrorBanner error={action.error} onDismiss={action.clear} />
      <fieldset className="plain" disabled={action.busy}>
        <legend className="sr-only">Set up managed rotation of {apiKey.name}</legend>
        <label>
          Connection
          <select value={chosen} onChange={(e) => setConnection(e.target.value)}>
            {usable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.provider})
              </option>
            ))}
            <option value={NEW}>New PostgreSQL connection…</option>
          </select>
        </label>
        {chosen === NEW && (
          <div className="grid-2">
            <label>
              Name
              <input
                value={name}
                onChange={(e) => setName(e.target.value)}
                placeholder="Primary cluster"
              />
            </label>
            {field('host', 'Host')}
            {field('port', 'Port')}
            {field('database', 'Database')}
            {field('username', 'Admin user (may ALTER ROLE)')}
            {field('password', 'Admin password', 'password')}
            <label>
              TLS
              <select
                value={cred.sslmode}
                onChange={(e) =>
                  setCred({ ...cred, sslmode: e.target.value as PostgresCredential['sslmode'] })
                }
              >
                <option value="require">require</option>
                <option value="verify-full">verify-full</option>
                <option value="disable">disable (local only)</option>
              </select>
            </label>
          </div>
        )}
        <div className="grid-2">
          <label>
            Two login roles used in turn
            <input
              value={roles}
              onChange={(e) => setRoles(e.target.value)}
              placeholder="app_blue,app_green"
              required
            />
          </label>
          <label>
            Role in use now
            <input
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              placeholder="app_blue"
            />
          </label>
          <label>
            Grace period (hours)
            <input
              type="number"
              min={0}
              max={720}
              value={grace}
              onChange={(e) => setGrace(e.target.value)}
              required
            />
          </label>
          <label>
            Rotate every (days, empty: only when asked)
            <input
              type="number"
              min={1}
              max={3650}
              value={interval}
              onChange={(e) => setEvery(e.target.value)}
            />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {action.busy ? 'Saving…' : 'Set up rotation'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
