import { useState, type FormEvent } from 'react';
import { ENVIRONMENTS, type Environment, type Machine, type Team } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { Modal } from '../components/Modal';
import { Loading } from '../components/Status';
import { copyWithClear } from '../lib/clipboard';
import { formatDate } from '../lib/keys';
import { describeScope, parseTags } from '../lib/machineToken';
import { useAsync } from '../lib/useAsync';
import { useTeams } from '../session/context';

/**
 * A team's machine tokens for CI (admins): create one (key pair and wrapped team key made in this
 * browser; the token shown once), see when each was last used, revoke.
 */
export function TeamMachines({ team }: { team: Team }) {
  const teamStore = useTeams();
  const machines = useAsync(() => teamStore.machines(team.id), [team.id]);
  const [name, setName] = useState('');
  const [envs, setEnvs] = useState<Environment[]>([]);
  const [tagText, setTagText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ name: string; token: string; scope: string } | null>(null);
  const [revoking, setRevoking] = useState<Machine | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const tags = parseTags(tagText);
      const { machine, token } = await teamStore.createMachine(team, name.trim(), {
        environments: envs,
        tags,
      });
      setIssued({
        name: machine.name,
        token,
        scope: describeScope(machine.environments, machine.tags),
      });
      setName('');
      setEnvs([]);
      setTagText('');
      machines.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function toggle(env: Environment, on: boolean) {
    setEnvs((list) => (on ? [...list, env] : list.filter((x) => x !== env)));
  }

  const list = machines.data ?? [];
  return (
    <section aria-labelledby={`machines-${team.id}`} className="machines">
      <h3 id={`machines-${team.id}`}>Machine tokens for CI</h3>
      <p className="hint">
        A machine token lets a pipeline run <code>keyhaven run -- your command</code> with this
        team&apos;s keys in its environment, without a master password. The machine is a read-only
        member: its key pair is made in this browser and the token carries its private key, so the
        server still never sees a value.
      </p>
      <ErrorBanner
        error={error ?? machines.error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      {machines.loading ? (
        <Loading />
      ) : list.length === 0 ? (
        <p className="hint">No machine tokens yet.</p>
      ) : (
        <table className="table" aria-label="Machine tokens">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Can read</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id}>
                <td data-label="Name">{m.name}</td>
                <td data-label="Can read">{describeScope(m.environments, m.tags)}</td>
                <td data-label="Last used">
                  {m.last_used_at ? formatDate(m.last_used_at) : 'never'}
                </td>
                <td data-label="State">
                  {m.revoked_at ? `revoked ${formatDate(m.revoked_at)}` : 'active'}
                </td>
                <td className="row-actions">
                  {!m.revoked_at && (
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => setRevoking(m)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={(e) => void create(e)} aria-label="New machine token">
        <label>
          Machine name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={100}
            placeholder="github-actions"
          />
        </label>
        <fieldset className="env-choice">
          <legend>Environments (none ticked: all)</legend>
          {ENVIRONMENTS.map((env) => (
            <label key={env} className="check">
              <input
                type="checkbox"
                checked={envs.includes(env)}
                onChange={(e) => toggle(env, e.target.checked)}
              />
              {env}
            </label>
          ))}
        </fieldset>
        <label>
          Only keys tagged (comma separated, optional)
          <input
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
            placeholder="deploy, release"
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Making the key pair…' : 'Create machine token'}
        </button>
      </form>
      {issued && <IssuedToken {...issued} onClose={() => setIssued(null)} />}
      {revoking && (
        <ConfirmDialog
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke"
          busyLabel="Revoking…"
          danger
          onConfirm={async () => {
            await teamStore.revokeMachine(team.id, revoking.id);
            machines.reload();
          }}
          onClose={() => setRevoking(null)}
        >
          <p>
            Its token stops working at once and the machine leaves the team. Pipelines using it will
            fail until they get a new token.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function IssuedToken({
  name,
  token,
  scope,
  onClose,
}: {
  name: string;
  token: string;
  scope: string;
  onClose: () => void;
}) {
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal title={`Token for ${name}`} onClose={onClose}>
      <ErrorBanner error={error} />
      <p>
        This token is shown <strong>only now</strong>. Store it as the secret{' '}
        <code>KEYHAVEN_TOKEN</code> in your CI; it can read {scope} of this team.
      </p>
      <label>
        Machine token
        <textarea
          className="token"
          readOnly
          rows={3}
          value={token}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <p className="hint">
        In the pipeline: <code>keyhaven run --environment production -- ./deploy.sh</code>
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="btn"
          onClick={() =>
            void copyWithClear(token, 120_000)
              .then(() => setCopied(true))
              .catch(setError)
          }
        >
          {copied ? 'Copied' : 'Copy token'}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          I have stored it
        </button>
      </div>
    </Modal>
  );
}
