import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type Team, type TeamMember } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Modal } from '../components/Modal';
import { Empty, Loading, Progress } from '../components/Status';
import { formatDate } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useSessionStore, useTeams } from '../session/context';
import { TeamMachines } from './TeamMachines';
import { TeamTwoStepPolicy } from '../components/TeamTwoStepPolicy';
import { UnpinnedMembersError } from '../session/teams';
import type { KeyHolder } from '../session/pins';

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
      <Invitations onJoined={teams.reload} />
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
              {t.require_two_step && <span className="badge">two-step required</span>}
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
  const [comparing, setComparing] = useState<TeamMember | null>(null);
  const [unpinned, setUnpinned] = useState<(KeyHolder & { phrase: string })[] | null>(null);
  const admin = team.role === 'admin';
  // The phrase of every member who waits for confirmation, and whether each member's key is the
  // one this browser pinned (a changed key is shown, never used).
  const keys = useAsync(async () => {
    const out = new Map<string, { phrase?: string; pin: 'match' | 'unpinned' | 'mismatch' }>();
    if (!admin) return out;
    for (const m of members.data ?? []) {
      if (!m.user_id || !m.public_key || m.user_id === session.userId) continue;
      const pin = await teamStore.pinStatus(m.user_id, m.public_key);
      const phrase =
        m.status === 'accepted' || pin === 'mismatch'
          ? await teamStore.fingerprint(m.user_id, m.public_key)
          : undefined;
      out.set(m.user_id, { phrase, pin });
    }
    return out;
  }, [members.data, admin]);

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
    await run(
      () => teamStore.invite(team, email.trim(), role),
      `${email} invited as ${role}. Once they accept, compare their fingerprint phrase and confirm them here.`,
    );
    setEmail('');
  }

  async function rotate() {
    setConfirmRotate(false);
    setRotating({ done: 0, total: 0 });
    setError(null);
    setNotice('');
    try {
      await teamStore.rotateKey(team.id, (done, total) => setRotating({ done, total }));
      setNotice('Team key rotated: items re-encrypted and the new key wrapped for every member.');
      members.reload();
    } catch (e) {
      if (e instanceof UnpinnedMembersError) setUnpinned(e.members);
      else setError(e);
    }
    setRotating(null);
    onChanged();
  }

  async function pinAndRotate() {
    const holders = unpinned ?? [];
    setUnpinned(null);
    await run(() => teamStore.pinKeys(holders), 'Keys pinned.');
    await rotate();
  }

  async function confirmMember(m: TeamMember) {
    setComparing(null);
    await run(
      () => teamStore.confirm(team, m),
      `${m.email} confirmed: the team key was wrapped to the key whose phrase you compared.`,
    );
  }

  function statusOf(m: TeamMember) {
    if (m.status === 'invited') return <span className="badge">invited</span>;
    if (m.status === 'accepted')
      return <span className="badge badge-old">awaits confirmation</span>;
    return <span className="badge badge-imported">confirmed</span>;
  }

  return (
    <section className="card" aria-labelledby="team-detail">
      <h2 id="team-detail">{team.name}</h2>
      <TeamTwoStepPolicy team={team} onChanged={onChanged} />
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
              <th scope="col">Status</th>
              <th scope="col">Joined</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.data?.map((m) => (
              <tr key={m.user_id ?? `invite-${m.invitation_id}`}>
                <td data-label="Member">
                  {MACHINE_MEMBER.test(m.email) ? (
                    <span>
                      CI machine <span className="badge">token</span>
                    </span>
                  ) : (
                    <span className="member-email">{m.email}</span>
                  )}
                  {m.user_id && keys.data?.get(m.user_id)?.pin === 'mismatch' && (
                    <p className="banner banner-error" role="alert">
                      The server now answers a different public key for {m.email} than the one you
                      confirmed. Its phrase is now “{keys.data.get(m.user_id)?.phrase}”. Nothing
                      will be wrapped to it; ask them whether they reset their account.
                    </p>
                  )}
                </td>
                <td data-label="Role">
                  {admin && m.user_id && m.user_id !== session.userId ? (
                    <select
                      value={m.role}
                      aria-label={`Role of ${m.email}`}
                      onChange={(e) =>
                        void run(
                          () =>
                            teamStore.changeRole(team.id, m.user_id ?? '', e.target.value as Role),
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
                <td data-label="Status">{statusOf(m)}</td>
                <td data-label="Joined">{formatDate(m.joined_at ?? m.invited_at ?? '')}</td>
                <td className="row-actions">
                  {admin && m.status === 'accepted' && (
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      onClick={() => setComparing(m)}
                    >
                      Compare &amp; confirm
                    </button>
                  )}
                  {admin && m.status === 'invited' && m.invitation_id && (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() =>
                        void run(
                          () => teamStore.revokeInvitation(team.id, m.invitation_id ?? ''),
                          `The invitation of ${m.email} was withdrawn.`,
                        )
                      }
                    >
                      Withdraw
                    </button>
                  )}
                  {m.user_id &&
                    (admin || m.user_id === session.userId) &&
                    m.user_id !== team.owner_id && (
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() =>
                          void run(
                            () => teamStore.removeMember(team.id, m.user_id ?? ''),
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
      {comparing && (
        <Modal title={`Confirm ${comparing.email}?`} onClose={() => setComparing(null)}>
          <p>
            Ask {comparing.email} to read you the fingerprint phrase from their Settings, by phone
            or in person (not through KeyHaven). Confirm only if it is exactly:
          </p>
          <p className="fingerprint" data-testid="member-phrase">
            {keys.data?.get(comparing.user_id ?? '')?.phrase ?? '…'}
          </p>
          <p className="hint">
            The phrase is computed in this browser from the public key the server sent. If it
            differs, someone else registered this address or the server swapped the key: do not
            confirm.
          </p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setComparing(null)}>
              The phrases differ
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void confirmMember(comparing)}
            >
              The phrases match: confirm
            </button>
          </div>
        </Modal>
      )}
      {unpinned && (
        <Modal title="Compare these phrases first" onClose={() => setUnpinned(null)}>
          <p>
            These members were confirmed before keys were pinned. Compare each phrase with the
            member out of band before the new team key is wrapped to their keys.
          </p>
          <ul className="phrase-list">
            {unpinned.map((u) => (
              <li key={u.user_id}>
                <strong>{MACHINE_MEMBER.test(u.email) ? 'CI machine' : u.email}</strong>
                <span className="fingerprint">{u.phrase}</span>
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setUnpinned(null)}>
              Cancel
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void pinAndRotate()}>
              They match: pin and rotate
            </button>
          </div>
        </Modal>
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

/** The caller's invitations: accept or decline; an accepted one waits for an admin. */
function Invitations({ onJoined }: { onJoined: () => void }) {
  const teamStore = useTeams();
  const session = useSessionStore();
  const list = useAsync(() => teamStore.invitations(), []);
  const phrase = useAsync(
    () => teamStore.fingerprint(session.userId, session.publicKey),
    [session.userId],
  );
  const [error, setError] = useState<unknown>(null);
  const items = list.data ?? [];
  if (!items.length && !list.error) return null;

  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      list.reload();
      onJoined();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card invitations" aria-labelledby="invitations">
      <h2 id="invitations">Invitations</h2>
      <ErrorBanner
        error={error ?? list.error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      <ul className="invitation-list">
        {items.map((i) => (
          <li key={i.team_id}>
            <div>
              <strong>{i.team_name}</strong> <span className="badge">{i.role}</span>
              {i.status === 'invited' ? (
                <p className="hint">Invited by {i.invited_by ?? 'an admin'}.</p>
              ) : (
                <p className="hint">
                  Waiting for an admin to confirm you. When they call, read them your fingerprint
                  phrase: <span className="fingerprint">{phrase.data ?? '…'}</span>
                </p>
              )}
            </div>
            <div className="row-actions">
              {i.status === 'invited' && (
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  onClick={() => void act(() => teamStore.accept(i.team_id))}
                >
                  Accept
                </button>
              )}
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void act(() => teamStore.decline(i.team_id))}
              >
                {i.status === 'invited' ? 'Decline' : 'Withdraw'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
