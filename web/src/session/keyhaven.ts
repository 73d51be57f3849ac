import { ApiClient } from '../api/client';
import type {
  ApiKey,
  AuditEntry,
  AuditVerify,
  Environment,
  KeyMetadata,
  KeyUpdateBody,
  KeyVersion,
  LoginResponse,
  Me,
  NewKeyBody,
  Page,
  Role,
  RotateTeamKeyBody,
  Subscription,
  Team,
  TeamMember,
} from '../api/types';
import { KeyHavenCrypto, type KdfParams, type MasterKeys, type UnlockedVault } from '../crypto';
import { formatEnvFile, type EnvLine } from '../lib/envFile';
import { guessService } from '../lib/serviceGuess';
import { rememberEmail, rememberedEmail } from './rememberedEmail';

export type LockReason = 'reload' | 'idle' | 'expired' | 'manual';

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'locked'; email: string; reason: LockReason }
  | { status: 'unlocked'; email: string; userId: string; subscription: string };

/** What a new or edited key holds before encryption. */
export interface KeyInput {
  name: string;
  service: string;
  environment: Environment;
  tags: string[];
  description?: string;
  expiresAt?: string | null;
  teamId?: string | null;
  value?: string;
}

export interface KeyFilters {
  q?: string;
  service?: string;
  environment?: string;
  tag?: string;
  team_id?: string;
  deleted?: boolean;
}

export interface ImportResult {
  line: number;
  name?: string;
  status: 'imported' | 'skipped' | 'failed';
  detail: string;
}

interface Account {
  kdf: KdfParams;
  protected_user_key: string;
  protected_private_key: string;
  public_key: string;
}

interface Unlocked {
  email: string;
  userId: string;
  subscription: string;
  account: Account;
  vault: UnlockedVault;
  teams: Map<string, { team: Team; key: CryptoKey }>;
}

const PAGE = 200;

/**
 * The dashboard's model: session, vault keys in memory, and every operation that needs both the
 * API and the crypto module. React reads it through useSession(); tests can drive it directly.
 */
export class KeyHaven {
  readonly api: ApiClient;
  readonly crypto: KeyHavenCrypto;
  private state: SessionState;
  private unlocked: Unlocked | null = null;
  private listeners = new Set<() => void>();

  constructor(api = new ApiClient(), crypto = new KeyHavenCrypto(globalThis.crypto)) {
    this.api = api;
    this.crypto = crypto;
    const email = rememberedEmail();
    this.state = email ? { status: 'locked', email, reason: 'reload' } : { status: 'anonymous' };
    this.api.onSessionExpired = () => this.lock('expired');
  }

  // ---- state for React -------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  private setState(next: SessionState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  private need(): Unlocked {
    if (!this.unlocked) throw new Error('The vault is locked.');
    return this.unlocked;
  }

  get userId(): string {
    return this.need().userId;
  }

  get publicKey(): string {
    return this.need().account.public_key;
  }

  // ---- accounts --------------------------------------------------------------------------

  /** Registration: one KDF run, keys made here, then a normal login with the same auth hash. */
  async signUp(email: string, password: string): Promise<void> {
    const kdf = this.crypto.newKdfParams();
    const master = await this.crypto.deriveMasterKeys(password, kdf);
    const account = await this.crypto.createAccount(master);
    await this.api.post(
      '/auth/register',
      {
        email,
        auth_hash: master.authHash,
        kdf: kdf.kdf,
        kdf_iterations: kdf.kdf_iterations,
        kdf_salt: kdf.kdf_salt,
        protected_user_key: account.protected_user_key,
        public_key: account.public_key,
        protected_private_key: account.protected_private_key,
      },
      { auth: false },
    );
    await this.finishLogin(email, master);
  }

  /** Log in or unlock: prelogin, one KDF run, login, unwrap. */
  async logIn(email: string, password: string): Promise<void> {
    const kdf = await this.api.post<KdfParams>('/auth/prelogin', { email }, { auth: false });
    const master = await this.crypto.deriveMasterKeys(password, kdf);
    await this.finishLogin(email, master);
  }

  async unlock(password: string): Promise<void> {
    const s = this.state;
    if (s.status !== 'locked') throw new Error('Nothing to unlock.');
    await this.logIn(s.email, password);
  }

  private async finishLogin(email: string, master: MasterKeys): Promise<void> {
    const res = await this.api.post<LoginResponse>(
      '/auth/login',
      { email, auth_hash: master.authHash },
      { auth: false },
    );
    this.api.setTokens(res);
    let vault: UnlockedVault;
    try {
      vault = await this.crypto.unlock(master, res);
    } catch (e) {
      this.api.setTokens(null);
      throw e;
    }
    this.unlocked = {
      email: res.user.email,
      userId: res.user.id,
      subscription: res.user.subscription,
      account: {
        kdf: { kdf: res.kdf, kdf_iterations: res.kdf_iterations, kdf_salt: res.kdf_salt },
        protected_user_key: res.protected_user_key,
        protected_private_key: res.protected_private_key,
        public_key: res.public_key,
      },
      vault,
      teams: new Map(),
    };
    rememberEmail(res.user.email);
    await this.loadTeams().catch(() => undefined);
    this.setState({
      status: 'unlocked',
      email: res.user.email,
      userId: res.user.id,
      subscription: res.user.subscription,
    });
  }

  /** Drops every key and token; the next unlock asks for the master password again. */
  lock(reason: LockReason = 'manual'): void {
    const s = this.state;
    if (s.status === 'anonymous') return;
    this.endServerSession();
    this.unlocked = null;
    this.setState({ status: 'locked', email: s.email, reason });
  }

  async logOut(): Promise<void> {
    this.endServerSession();
    this.unlocked = null;
    rememberEmail(null);
    this.setState({ status: 'anonymous' });
  }

  /** Signs out every session of the account (an addition to API.md: POST /auth/logout-all). */
  async logOutEverywhere(): Promise<void> {
    await this.api.post('/auth/logout-all');
    this.api.setTokens(null);
    await this.logOut();
  }

  /** Forget the remembered account (on the lock screen: "not you?"). */
  forgetAccount(): void {
    this.unlocked = null;
    rememberEmail(null);
    this.setState({ status: 'anonymous' });
  }

  private endServerSession(): void {
    const refresh = this.api.currentRefreshToken;
    if (refresh && this.api.hasSession) {
      this.api.post('/auth/logout', { refresh_token: refresh }).catch(() => undefined);
    }
    this.api.setTokens(null);
  }

  me(): Promise<Me> {
    return this.api.get<Me>('/me');
  }

  /** Re-wraps the user key under the new password; items are untouched. */
  async changePassword(current: string, next: string): Promise<void> {
    const u = this.need();
    const currentMaster = await this.crypto.deriveMasterKeys(current, u.account.kdf);
    const kdf = this.crypto.newKdfParams(Math.max(u.account.kdf.kdf_iterations, 600_000));
    const nextMaster = await this.crypto.deriveMasterKeys(next, kdf);
    const rewrapped = await this.crypto.rewrapUserKey(
      currentMaster,
      nextMaster,
      u.account.protected_user_key,
    );
    await this.api.put('/me/password', {
      auth_hash: currentMaster.authHash,
      new_auth_hash: nextMaster.authHash,
      new_kdf_iterations: kdf.kdf_iterations,
      new_kdf_salt: kdf.kdf_salt,
      new_protected_user_key: rewrapped,
    });
    u.account = { ...u.account, kdf, protected_user_key: rewrapped };
  }

  subscription(): Promise<Subscription> {
    return this.api.get<Subscription>('/billing/subscription');
  }

  // ---- keys ------------------------------------------------------------------------------

  private vaultFor(teamId: string | null | undefined): { key: CryptoKey; vaultId: string } {
    const u = this.need();
    if (!teamId) return { key: u.vault.userKey, vaultId: u.userId };
    const team = u.teams.get(teamId);
    if (!team) throw new Error("You are not a member of this key's team, or its key is missing.");
    return { key: team.key, vaultId: teamId };
  }

  async listKeys(filters: KeyFilters = {}): Promise<ApiKey[]> {
    const all: ApiKey[] = [];
    for (let page = 0; page < 100; page++) {
      const res = await this.api.get<Page<ApiKey>>('/keys', {
        query: { ...filters, deleted: filters.deleted ? true : undefined, page, size: PAGE },
      });
      all.push(...res.items);
      if (res.items.length < PAGE || all.length >= res.total) break;
    }
    return all;
  }

  getKey(id: string): Promise<ApiKey> {
    return this.api.get<ApiKey>(`/keys/${encodeURIComponent(id)}`);
  }

  private metadata(input: KeyInput): KeyMetadata {
    return {
      description: input.description?.trim() || null,
      environment: input.environment,
      tags: input.tags,
      expires_at: input.expiresAt || null,
      permissions: [],
    };
  }

  async createKey(input: KeyInput): Promise<ApiKey> {
    if (!input.value) throw new Error('The key value is empty.');
    const id = this.crypto.newKeyId();
    const { key, vaultId } = this.vaultFor(input.teamId);
    const enc = await this.crypto.encryptItem(key, vaultId, id, input.value);
    const body: NewKeyBody = {
      id,
      service: input.service || guessService(input.value, input.name),
      name: input.name,
      ...enc,
      metadata: this.metadata(input),
      ...(input.teamId ? { team_id: input.teamId } : {}),
    };
    return this.api.post<ApiKey>('/keys', body);
  }

  async updateKey(existing: ApiKey, input: KeyInput): Promise<ApiKey> {
    const body: KeyUpdateBody = {
      name: input.name,
      service: input.service,
      metadata: this.metadata(input),
    };
    if (input.value) {
      const { key, vaultId } = this.vaultFor(existing.team_id);
      Object.assign(body, await this.crypto.encryptItem(key, vaultId, existing.id, input.value));
    }
    return this.api.put<ApiKey>(`/keys/${encodeURIComponent(existing.id)}`, body, {
      headers: { 'If-Match': `"${existing.version}"` },
    });
  }

  async rotateKey(existing: ApiKey, value: string): Promise<ApiKey> {
    const { key, vaultId } = this.vaultFor(existing.team_id);
    const enc = await this.crypto.encryptItem(key, vaultId, existing.id, value);
    return this.api.post<ApiKey>(`/keys/${encodeURIComponent(existing.id)}/rotate`, enc);
  }

  deleteKey(id: string, purge = false): Promise<void> {
    return this.api.delete(`/keys/${encodeURIComponent(id)}`, {
      query: { purge: purge || undefined },
    });
  }

  restoreKey(id: string): Promise<ApiKey> {
    return this.api.post<ApiKey>(`/keys/${encodeURIComponent(id)}/restore`);
  }

  async versions(id: string): Promise<KeyVersion[]> {
    return (await this.api.get<{ items: KeyVersion[] }>(`/keys/${encodeURIComponent(id)}/versions`))
      .items;
  }

  /** Decrypts a key's value (GET /keys/{id} first, so the read is audited). */
  async reveal(key: ApiKey): Promise<string> {
    const fresh = await this.getKey(key.id);
    return this.decrypt(fresh, fresh);
  }

  decrypt(
    key: Pick<ApiKey, 'id' | 'team_id'>,
    value: { encrypted_value: string; iv: string },
  ): Promise<string> {
    const { key: vaultKey, vaultId } = this.vaultFor(key.team_id);
    return this.crypto.decryptItem(vaultKey, vaultId, key.id, value);
  }

  /** Imports parsed `.env` lines one by one, reporting each. */
  async importEnv(
    lines: readonly EnvLine[],
    options: { environment: Environment; teamId?: string | null; tags?: string[] },
    onProgress: (done: number, total: number, result: ImportResult) => void,
  ): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    const total = lines.length;
    for (const l of lines) {
      let result: ImportResult;
      if (l.kind === 'entry') {
        try {
          await this.createKey({
            name: l.name,
            service: guessService(l.value, l.name),
            environment: options.environment,
            tags: options.tags ?? ['imported'],
            teamId: options.teamId,
            value: l.value,
          });
          result = {
            line: l.line,
            name: l.name,
            status: 'imported',
            detail: 'encrypted and saved',
          };
        } catch (e) {
          result = {
            line: l.line,
            name: l.name,
            status: 'failed',
            detail: e instanceof Error ? e.message : 'failed',
          };
        }
      } else {
        result = {
          line: l.line,
          status: l.kind === 'skip' ? 'skipped' : 'failed',
          detail: l.reason,
        };
      }
      results.push(result);
      onProgress(results.length, total, result);
    }
    return results;
  }

  /** Decrypts every key of an environment into a `.env` file's text. */
  async exportEnv(environment: Environment, teamId?: string | null): Promise<string> {
    const keys = await this.listKeys({ environment, ...(teamId ? { team_id: teamId } : {}) });
    const entries = [];
    for (const k of keys.filter((k) => (teamId ? k.team_id === teamId : true))) {
      entries.push({ name: k.name, value: await this.decrypt(k, k) });
    }
    return formatEnvFile(entries, `KeyHaven export: ${environment}, ${new Date().toISOString()}`);
  }

  // ---- teams -----------------------------------------------------------------------------

  /** Fetches the caller's teams and opens each team key with the user's private key. */
  async loadTeams(): Promise<Team[]> {
    const u = this.need();
    const res = await this.api.get<{ items: Team[] }>('/teams');
    const teams = new Map<string, { team: Team; key: CryptoKey }>();
    for (const team of res.items) {
      try {
        teams.set(team.id, {
          team,
          key: await this.crypto.openTeamKey(u.vault.privateKey, team.wrapped_team_key),
        });
      } catch {
        // a team whose key cannot be opened stays listed but its keys cannot be decrypted
      }
    }
    u.teams = teams;
    return res.items;
  }

  teamKeyAvailable(teamId: string): boolean {
    return this.unlocked?.teams.has(teamId) ?? false;
  }

  async createTeam(name: string): Promise<Team> {
    const u = this.need();
    const keys = await this.crypto.createTeamKeys([
      { user_id: u.userId, public_key: u.account.public_key },
    ]);
    const team = await this.api.post<Team>('/teams', {
      name,
      public_key: keys.public_key,
      protected_private_key: keys.protected_private_key,
      wrapped_team_key: keys.members[0].wrapped_team_key,
    });
    await this.loadTeams();
    return team;
  }

  async members(teamId: string): Promise<TeamMember[]> {
    return (await this.api.get<{ items: TeamMember[] }>(`/teams/${teamId}/members`)).items;
  }

  private async publicKeyOf(email: string): Promise<{ user_id: string; public_key: string }> {
    return this.api.get('/users/public-key', { query: { email } });
  }

  async invite(team: Team, email: string, role: Role): Promise<void> {
    const u = this.need();
    const recipient = await this.publicKeyOf(email);
    const wrapped = await this.crypto.wrapTeamKeyFor(
      u.vault.privateKey,
      team.wrapped_team_key,
      recipient.public_key,
    );
    await this.api.post(`/teams/${team.id}/members`, { email, role, wrapped_team_key: wrapped });
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
  async rotateTeamKey(
    teamId: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    const old = this.vaultFor(teamId);
    const members = await this.members(teamId);
    const recipients = [];
    for (const m of members)
      recipients.push({ ...(await this.publicKeyOf(m.email)), user_id: m.user_id });
    const fresh = await this.crypto.createTeamKeys(
      recipients.map((r) => ({ user_id: r.user_id, public_key: r.public_key })),
    );
    const items = (await this.listKeys({ team_id: teamId })).filter((k) => k.team_id === teamId);
    const body: RotateTeamKeyBody = {
      public_key: fresh.public_key,
      protected_private_key: fresh.protected_private_key,
      members: [...fresh.members],
      items: [],
    };
    for (const [i, item] of items.entries()) {
      const value = await this.crypto.decryptItem(old.key, teamId, item.id, item);
      body.items.push({
        id: item.id,
        version: item.version,
        ...(await this.crypto.encryptItem(fresh.teamKey, teamId, item.id, value)),
      });
      onProgress?.(i + 1, items.length);
    }
    await this.api.post(`/teams/${teamId}/rotate-key`, body);
    await this.loadTeams();
  }

  // ---- audit -----------------------------------------------------------------------------

  audit(query: {
    action?: string;
    resource_id?: string;
    from?: string;
    to?: string;
    page?: number;
    size?: number;
  }): Promise<Page<AuditEntry>> {
    return this.api.get<Page<AuditEntry>>('/audit', { query });
  }

  verifyAudit(): Promise<AuditVerify> {
    return this.api.get<AuditVerify>('/audit/verify');
  }
}
