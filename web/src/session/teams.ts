import type { ApiClient } from '../api/client';
import type {
  ApiKey,
  CreatedMachine,
  CreateMachineBody,
  Environment,
  Invitation,
  Machine,
  Role,
  RotateTeamKeyBody,
  Team,
  TeamKeyHistoryEntry,
  TeamMember,
} from '../api/types';
import { wipe } from '../crypto/encoding';
import { formatMachineToken } from '../lib/machineToken';

/** The placeholder e-mail of a machine account (the server's `Accounts.machineEmail`). */
function machineEmail(id: string): string {
  return `machine-${id}@machines.keyhaven.invalid`;
}
import type { KeyHavenCrypto } from '../crypto';
import type { SessionStore } from './session';
import { PinMismatchError, type KeyHolder, type PinsStore } from './pins';

/** Members whose public keys were never pinned: the admin compares their phrases first. */
export class UnpinnedMembersError extends Error {
  constructor(readonly members: (KeyHolder & { phrase: string })[]) {
    super(
      `Compare the fingerprint phrases of ${members.map((m) => m.email).join(', ')} before their keys are used.`,
    );
    this.name = 'UnpinnedMembersError';
  }
}

export { PinMismatchError };

/** Fetches every page of a key list (team rotation needs all of a team's items). */
export type ListAll = (filters: { team_id: string }) => Promise<ApiKey[]>;

/** The caller's teams, their opened team keys, membership and team-key rotation. */
export class TeamsStore {
  private opened = new Map<string, { team: Team; key: CryptoKey }>();
  private roles = new Map<string, Role>();
  /** Earlier team keys, opened on demand from the key history (newest first). */
  private history = new Map<string, Promise<CryptoKey[]>>();

  constructor(
    private readonly api: ApiClient,
    private readonly crypto: KeyHavenCrypto,
    private readonly session: SessionStore,
    private readonly listAll: ListAll,
    private readonly pins: PinsStore,
  ) {}

  /** Forgets every team key (on lock). */
  clear(): void {
    this.opened = new Map();
    this.roles = new Map();
    this.history = new Map();
  }

  /** Fetches the caller's teams and opens each team key with the user's private key. */
  async load(): Promise<Team[]> {
    const u = this.session.need();
    const res = await this.api.get<{ items: Team[] }>('/teams');
    const opened = new Map<string, { team: Team; key: CryptoKey }>();
    for (const team of res.items) {
      try {
        opened.set(team.id, {
          team,
          key: await this.crypto.openTeamKey(u.vault.privateKey, team.wrapped_team_key),
        });
      } catch {
        // a team whose key cannot be opened stays listed but its keys cannot be decrypted
      }
    }
    this.opened = opened;
    this.roles = new Map(res.items.map((t) => [t.id, t.role]));
    this.history = new Map();
    return res.items;
  }

  keyAvailable(teamId: string): boolean {
    return this.opened.has(teamId);
  }

  /** The caller's role in a team, when the team is known. */
  roleIn(teamId: string): Role | undefined {
    return this.roles.get(teamId);
  }

  /** Whether the caller may add, edit or delete this key (a team viewer may only read). */
  canWrite(key: Pick<ApiKey, 'team_id'>): boolean {
    return !key.team_id || (this.roles.get(key.team_id) ?? 'viewer') !== 'viewer';
  }

  /** The opened key of a team the caller belongs to. */
  keyOf(teamId: string): CryptoKey {
    const team = this.opened.get(teamId);
    if (!team) throw new Error("You are not a member of this key's team, or its key is missing.");
    return team.key;
  }

  /** The team's private key, opened with its team key: values the server sealed to the team. */
  privateKeyOf(teamId: string): Promise<CryptoKey> {
    const team = this.opened.get(teamId);
    if (!team) throw new Error("You are not a member of this key's team, or its key is missing.");
    return this.crypto.openTeamPrivateKey(team.key, team.team.protected_private_key);
  }

  /** The generation of the team key `keyOf` opens; a team key's new value names it. */
  generationOf(teamId: string): number {
    return this.opened.get(teamId)?.team.key_generation ?? 1;
  }

  /**
   * The team's earlier keys, newest first, each opened with the next one from the key history:
   * keys in the trash and earlier versions stay under the key of their time.
   */
  earlierKeysOf(teamId: string): Promise<CryptoKey[]> {
    let keys = this.history.get(teamId);
    if (!keys) {
      keys = (async () => {
        const res = await this.api.get<{ items: TeamKeyHistoryEntry[] }>(
          `/teams/${teamId}/key-history`,
        );
        const opened: CryptoKey[] = [];
        let next = this.keyOf(teamId);
        let expected = this.generationOf(teamId) - 1;
        for (const entry of [...res.items].sort((a, b) => b.generation - a.generation)) {
          if (entry.generation !== expected) break;
          next = await this.crypto.openPreviousTeamKey(
            next,
            entry.protected_key,
            teamId,
            entry.generation,
          );
          opened.push(next);
          expected -= 1;
        }
        return opened;
      })();
      keys.catch(() => this.history.delete(teamId));
      this.history.set(teamId, keys);
    }
    return keys;
  }

  async create(name: string): Promise<Team> {
    const u = this.session.need();
    const keys = await this.crypto.createTeamKeys([
      { user_id: u.userId, public_key: u.account.public_key },
    ]);
    const team = await this.api.post<Team>('/teams', {
      name,
      public_key: keys.public_key,
      protected_private_key: keys.protected_private_key,
      wrapped_team_key: keys.members[0].wrapped_team_key,
    });
    await this.load();
    return team;
  }

  async members(teamId: string): Promise<TeamMember[]> {
    return (await this.api.get<{ items: TeamMember[] }>(`/teams/${teamId}/members`)).items;
  }

  /** The fingerprint phrase of an account's public key, computed here from what the server sent. */
  fingerprint(userId: string, publicKey: string): Promise<string> {
    return this.crypto.fingerprint(userId, publicKey);
  }

  /** Invites an address (with or without an account): no key goes with an invitation. */
  async invite(team: Team, email: string, role: Role): Promise<TeamMember> {
    return this.api.post<TeamMember>(`/teams/${team.id}/members`, { email, role });
  }

  revokeInvitation(teamId: string, invitationId: string): Promise<void> {
    return this.api.delete(`/teams/${teamId}/invitations/${invitationId}`);
  }

  /** The caller's invitations, and accepted ones waiting for an admin. */
  async invitations(): Promise<Invitation[]> {
    return (await this.api.get<{ items: Invitation[] }>('/teams/invitations')).items;
  }

  accept(teamId: string): Promise<Invitation> {
    return this.api.post<Invitation>(`/teams/${teamId}/invitation/accept`);
  }

  decline(teamId: string): Promise<void> {
    return this.api.post(`/teams/${teamId}/invitation/decline`);
  }

  /**
   * Confirms a member who accepted, after the admin compared the fingerprint phrase of
   * `member.public_key` with the member out of band: wraps the team key to exactly that key, and
   * pins it. A key that differs from one pinned earlier for this account is refused
   * ({@link PinMismatchError}).
   */
  async confirm(team: Team, member: TeamMember): Promise<void> {
    if (!member.user_id || !member.public_key || member.status !== 'accepted') {
      throw new Error('Only a member who accepted the invitation can be confirmed.');
    }
    const holder = { user_id: member.user_id, email: member.email, public_key: member.public_key };
    await this.pins.verify([holder]);
    const u = this.session.need();
    const wrapped = await this.crypto.wrapTeamKeyFor(
      u.vault.privateKey,
      team.wrapped_team_key,
      member.public_key,
    );
    await this.api.post(`/teams/${team.id}/members/${member.user_id}/confirm`, {
      wrapped_team_key: wrapped,
      public_key: member.public_key,
    });
    await this.pins.pin([holder]);
  }

  /** Whether the server's key for an account matches the pinned one (for the members list). */
  async pinStatus(userId: string, publicKey: string): Promise<'match' | 'unpinned' | 'mismatch'> {
    return (await this.pins.check(userId, publicKey)).status;
  }

  /** Pins keys the admin has compared (members confirmed before pinning existed). */
  pinKeys(holders: readonly KeyHolder[]): Promise<void> {
    return this.pins.pin(holders);
  }

  async machines(teamId: string): Promise<Machine[]> {
    return (await this.api.get<{ items: Machine[] }>(`/teams/${teamId}/machines`)).items;
  }

  /**
   * A machine identity for CI: a key pair made here, the team key wrapped to its public key (as
   * for any member), and the token (with the private key) returned to be shown once.
   */
  async createMachine(
    team: Team,
    name: string,
    scope: { environments?: Environment[]; tags?: string[] } = {},
  ): Promise<{ machine: CreatedMachine; token: string }> {
    const u = this.session.need();
    const pair = await this.crypto.newMachineKeyPair();
    try {
      const body: CreateMachineBody = {
        name,
        public_key: pair.publicKey,
        wrapped_team_key: await this.crypto.wrapTeamKeyFor(
          u.vault.privateKey,
          team.wrapped_team_key,
          pair.publicKey,
        ),
      };
      if (scope.environments?.length) body.environments = scope.environments;
      if (scope.tags?.length) body.tags = scope.tags;
      const machine = await this.api.post<CreatedMachine>(`/teams/${team.id}/machines`, body);
      // The key pair was made here: nothing to compare, pin it for later rotations.
      await this.pins.pin([
        { user_id: machine.id, email: machineEmail(machine.id), public_key: pair.publicKey },
      ]);
      return { machine, token: formatMachineToken(machine.id, machine.secret, pair.privateKeyRaw) };
    } finally {
      wipe(pair.privateKeyRaw);
    }
  }

  revokeMachine(teamId: string, machineId: string): Promise<void> {
    return this.api.delete(`/teams/${teamId}/machines/${machineId}`);
  }

  /** Whether members must have two-step sign-in on (an admin with a second factor of their own). */
  setTwoStepRequired(teamId: string, required: boolean): Promise<Team> {
    return this.api.patch<Team>(`/teams/${teamId}`, { require_two_step: required });
  }

  changeRole(teamId: string, userId: string, role: Role): Promise<unknown> {
    return this.api.patch(`/teams/${teamId}/members/${userId}`, { role });
  }

  removeMember(teamId: string, userId: string): Promise<void> {
    return this.api.delete(`/teams/${teamId}/members/${userId}`);
  }

  /**
   * Team key rotation: a new team key and key pair, every team item re-encrypted, the new key
   * wrapped for each remaining member, all in one request.
   */
  async rotateKey(
    teamId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const oldKey = this.keyOf(teamId);
    const current = this.opened.get(teamId)!.team;
    // Only confirmed members hold the team key; each gets the new one wrapped to the public key
    // this admin pinned for it. A changed key is refused; keys never pinned (members confirmed
    // before pinning existed) are shown with their phrases first (UnpinnedMembersError).
    const members = (await this.members(teamId)).filter((m) => m.status === 'confirmed');
    const recipients: KeyHolder[] = members.map((m) => ({
      user_id: m.user_id ?? '',
      email: m.email,
      public_key: m.public_key ?? '',
    }));
    // The admin's own key is the one its private key opened at unlock; the others are pinned.
    const me = this.session.need();
    const self = recipients.find((r) => r.user_id === me.userId);
    if (self && self.public_key !== me.account.public_key) {
      throw new PinMismatchError([{ ...self, pinned_key: me.account.public_key }]);
    }
    const { unpinned } = await this.pins.verify(recipients.filter((r) => r !== self));
    if (unpinned.length) {
      const withPhrases = [];
      for (const h of unpinned)
        withPhrases.push({ ...h, phrase: await this.fingerprint(h.user_id, h.public_key) });
      throw new UnpinnedMembersError(withPhrases);
    }
    const fresh = await this.crypto.createTeamKeys(
      recipients.map((r) => ({ user_id: r.user_id, public_key: r.public_key })),
    );
    const items = (await this.listAll({ team_id: teamId })).filter((k) => k.team_id === teamId);
    const body: RotateTeamKeyBody = {
      public_key: fresh.public_key,
      protected_private_key: fresh.protected_private_key,
      members: [...fresh.members],
      items: [],
      previous_team_key: await this.crypto.wrapPreviousTeamKey(
        this.session.need().vault.privateKey,
        current.wrapped_team_key,
        fresh.teamKey,
        teamId,
        current.key_generation ?? 1,
      ),
    };
    for (const [i, item] of items.entries()) {
      const value = await this.crypto.decryptItem(oldKey, teamId, item.id, item);
      body.items.push({
        id: item.id,
        version: item.version,
        ...(await this.crypto.encryptItem(fresh.teamKey, teamId, item.id, value)),
      });
      onProgress?.(i + 1, items.length);
    }
    await this.api.post(`/teams/${teamId}/rotate-key`, body);
    await this.load();
  }
}
