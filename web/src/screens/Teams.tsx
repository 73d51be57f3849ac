import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type Team } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Modal } from '../components/Modal';
import { Empty, Loading, Progress } from '../components/Status';
import { formatDate } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useSessionStore, useTeams } from '../session/context';
import { TeamMachines } from './TeamMachines';

/** Machine identities join a team as viewers under a reserved address. */
const MACHINE_MEMBER = /^machine-[0-9a-f-]{36}@machines\.keyhaven\.invalid$/;

export default function Teams() {
  const teamStore = useTeams();
  const teams = useAsync(() => teamStore.load(), []);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string | null>(null);

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const team = await teamStore.create(name.trim());
      setName('');
      teams.reload();
      setSelected(team.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const list = teams.data ?? [];
  const current = list.find((t) => t.id === selected) ?? null;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Teams</h1>
      </div>
      <p className="legend">
        A team shares keys: every member can read the team&apos;s keys, editors and admins can add
        and change them, and only admins invite or remove people.
      </p>
      <ErrorBanner
        error={error ?? teams.error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      <form className="inline-form card" onSubmit={(e) => void create(e)}>
        <label>
          New team name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Creating keys…' : 'Create team'}
        </button>
        <p className="hint">
          A team key and key pair are made in this browser; members get the team key wrapped to
          their own public key.
        </p>
      </form>
      {teams.loading ? (
        <Loading />
      ) : list.length === 0 ? (
        !teams.error && <Empty title="You are not in a team yet" />
      ) : (
        <ul className="team-list">
          {list.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="btn btn-link"
                aria-expanded={selected === t.id}
                onClick={() => setSelected(selected === t.id ? null : t.id)}
              >
                {t.name}
              </button>
              <span className="badge">{t.role}</span>
              {t.rotation_recommended && (
                <span className="badge badge-old">rotation recommended</span>
              )}
              {!teamStore.keyAvailable(t.id) && (
                <span className="badge badge-exposed">team key unavailable</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {current && <TeamDetail key={current.id} team={current} onChanged={teams.reload} />}
    </div>
  );
}

function TeamDetail({ team, onChanged }: { team: Team; onChanged: () => void }) {
  const teamStore = useTeams();
  const session = useSessionStore();
  const members = useAsync(() => teamStore.members(team.id), [team.id]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [rotating, setRotating] = useState<{ done: number; total: number } | null>(null);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const admin = team.role === 'admin';

  async function run(fn: () => Promise<unknown>, message: string) {
    setError(null);
    setNotice('');
    try {
      await fn();
      setNotice(message);
      members.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function invite(e: FormEvent) {
    e.preventDefault();
    await run(() => teamStore.invite(team, email.trim(), role), `${email} added as ${role}.`);
    setEmail('');
  }

  async function rotate() {
    setConfirmRotate(false);
    setRotating({ done: 0, total: 0 });
    await run(
      () => teamStore.rotateKey(team.id, (done, total) => setRotating({ done, total })),
      'Team key rotated: items re-encrypted and the new key wrapped for every member.',
    );
    setRotating(null);
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="team-detail">
      <h2 id="team-detail">{team.name}</h2>
      <ErrorBanner
        error={error ?? members.error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      {members.loading ? (
        <Loading />
      ) : (
        <table className="table" aria-label="Members">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data?.map((m) => (
              <tr key={m.user_id}>
                <td data-label="Member">
                  {MACHINE_MEMBER.test(m.email) ? (
                    <span>
                      CI machine <span className="badge">token</span>
                    </span>
                  ) : (
                    m.email
                  )}
                </td>
                <td data-label="Role">
                  {admin && m.user_id !== session.userId ? (
                    <select
                      value={m.role}
                      aria-label={`Role of ${m.email}`}
                      onChange={(e) =>
                        void run(
                          () => teamStore.changeRole(team.id, m.user_id, e.target.value as Role),
                          `${m.email} is now ${e.target.value}.`,
                        )
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  ) : (
                    m.role
                  )}
                </td>
                <td data-label="Joined">{formatDate(m.joined_at)}</td>
                <td className="row-actions">
                  {(admin || m.user_id === session.userId) && m.user_id !== team.owner_id && (
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() =>
                        void run(
                          () => teamStore.removeMember(team.id, m.user_id),
                          `${m.email} removed. Rotate the team key so they cannot read new values.`,
                        )
                      }
                    >
                      {m.user_id === session.userId ? 'Leave' : 'Remove'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && (
        <>
          <form className="inline-form" onSubmit={(e) => void invite(e)}>
            <label>
              Invite by email
              <input
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            </label>
            <label>
              Role
              <select
                aria-label="Role"
                value={role}
                onChange={(e) => setRole(e.target.value as Role)}
              >
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn btn-primary">
              Invite
            </button>
          </form>
          <div className="rotate">
            <button
              type="button"
              className="btn"
              onClick={() => setConfirmRotate(true)}
              disabled={rotating !== null}
            >
              Rotate team key
            </button>
            {rotating && (
              <Progress
                value={rotating.done}
                max={rotating.total}
                label="Re-encrypting team keys"
              />
            )}
          </div>
          <TeamMachines team={team} />
        </>
      )}
      {confirmRotate && (
        <Modal title="Rotate the team key?" onClose={() => setConfirmRotate(false)}>
          <p>
            A new team key is made, every team item is re-encrypted with it in this browser, and it
            is wrapped for each current member. Do this after removing someone.
          </p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setConfirmRotate(false)}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void rotate()}>
              Rotate
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
