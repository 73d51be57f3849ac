import type { ApiClient } from '../api/client';
import type {
  ApiKey,
  CreatedMachine,
  CreateMachineBody,
  Environment,
  Machine,
  Role,
  RotateTeamKeyBody,
  Team,
  TeamMember,
} from '../api/types';
import { wipe } from '../crypto/encoding';
import { formatMachineToken } from '../lib/machineToken';
import type { KeyHavenCrypto } from '../crypto';
import type { SessionStore } from './session';

/** Fetches every page of a key list (team rotation needs all of a team's items). */
export type ListAll = (filters: { team_id: string }) => Promise<ApiKey[]>;

/** The caller's teams, their opened team keys, membership and team-key rotation. */
export class TeamsStore {
  private opened = new Map<string, { team: Team; key: CryptoKey }>();
  private roles = new Map<string, Role>();

  constructor(
    private readonly api: ApiClient,
    private readonly crypto: KeyHavenCrypto,
    private readonly session: SessionStore,
    private readonly listAll: ListAll,
  ) {}

  /** Forgets every team key (on lock). */
  clear(): void {
    this.opened = new Map();
    this.roles = new Map();
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

  private publicKeyOf(email: string): Promise<{ user_id: string; public_key: string }> {
    return this.api.get('/users/public-key', { query: { email } });
  }

  async invite(team: Team, email: string, role: Role): Promise<void> {
    const u = this.session.need();
    const recipient = await this.publicKeyOf(email);
    const wrapped = await this.crypto.wrapTeamKeyFor(
      u.vault.privateKey,
      team.wrapped_team_key,
      recipient.public_key,
    );
    await this.api.post(`/teams/${team.id}/members`, { email, role, wrapped_team_key: wrapped });
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
      return { machine, token: formatMachineToken(machine.id, machine.secret, pair.privateKeyRaw) };
    } finally {
      wipe(pair.privateKeyRaw);
    }
  }

  revokeMachine(teamId: string, machineId: string): Promise<void> {
    return this.api.delete(`/teams/${teamId}/machines/${machineId}`);
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
    const members = await this.members(teamId);
    const recipients = [];
    for (const m of members)
      recipients.push({ ...(await this.publicKeyOf(m.email)), user_id: m.user_id });
    const fresh = await this.crypto.createTeamKeys(
      recipients.map((r) => ({ user_id: r.user_id, public_key: r.public_key })),
    );
    const items = (await this.listAll({ team_id: teamId })).filter((k) => k.team_id === teamId);
    const body: RotateTeamKeyBody = {
      public_key: fresh.public_key,
      protected_private_key: fresh.protected_private_key,
      members: [...fresh.members],
      items: [],
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
