import type { ApiClient } from '../api/client';
import type {
  ApiKey,
  Environment,
  KeyMetadata,
  KeyUpdateBody,
  KeyVersion,
  NewKeyBody,
  Page,
} from '../api/types';
import type { KeyHavenCrypto } from '../crypto';
import { formatEnvFile, type EnvLine } from '../lib/envFile';
import { valueFingerprint } from '../lib/keyFormats';
import { guessService } from '../lib/serviceGuess';
import type { SessionStore } from './session';
import type { TeamsStore } from './teams';

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

/** The server's key-list filters (`GET /api/keys`); all optional, all on plaintext metadata. */
export interface KeyQuery {
  q?: string;
  service?: string;
  environment?: string;
  tag?: string;
  team_id?: string;
  deleted?: boolean;
  /** `name`, `-expires_at`, …; the server's default (newest first) when absent */
  sort?: string;
}

/** What to do with an imported line whose name already exists in that environment and vault. */
export type ConflictChoice = 'skip' | 'update' | 'keep';

export interface ImportResult {
  line: number;
  name?: string;
  status: 'imported' | 'updated' | 'skipped' | 'failed';
  detail: string;
}

/** The server's largest page. */
export const MAX_PAGE = 200;
/** Lists that need every key (export, team rotation) stop here. */
const MAX_ALL = 20_000;

/**
 * `{value_fingerprint}` for a value that may be fingerprinted (docs/fingerprints.md), else `{}`:
 * a value of no known format or too little entropy sends nothing that could be guessed back.
 */
async function fingerprintOf(value: string): Promise<{ value_fingerprint?: string }> {
  const fp = await valueFingerprint(value);
  return fp ? { value_fingerprint: fp } : {};
}

/** Keys: server-side listing and paging, encryption on write, decryption on reveal, .env. */
export class VaultStore {
  constructor(
    private readonly api: ApiClient,
    private readonly crypto: KeyHavenCrypto,
    private readonly session: SessionStore,
    private readonly teams: TeamsStore,
  ) {}

  private vaultFor(teamId: string | null | undefined): { key: CryptoKey; vaultId: string } {
    const u = this.session.need();
    if (!teamId) return { key: u.vault.userKey, vaultId: u.userId };
    return { key: this.teams.keyOf(teamId), vaultId: teamId };
  }

  /** One page of keys, filtered and paged by the server. */
  list(filters: KeyQuery = {}, page = 0, size = 50): Promise<Page<ApiKey>> {
    this.session.need();
    return this.api.get<Page<ApiKey>>('/keys', {
      query: {
        q: filters.q || undefined,
        service: filters.service || undefined,
        environment: filters.environment || undefined,
        tag: filters.tag || undefined,
        team_id: filters.team_id || undefined,
        deleted: filters.deleted ? true : undefined,
        sort: filters.sort || undefined,
        page,
        size: Math.min(size, MAX_PAGE),
      },
    });
  }

  /** Every key matching the filters, page by page (bounded): for export and team rotation. */
  async listAll(filters: KeyQuery = {}, max = MAX_ALL): Promise<ApiKey[]> {
    const all: ApiKey[] = [];
    for (let page = 0; all.length < max; page++) {
      const res = await this.list(filters, page, MAX_PAGE);
      all.push(...res.items);
      if (res.items.length < MAX_PAGE || all.length >= res.total) break;
    }
    return all;
  }

  /**
   * Existing keys with exactly this name in this environment and vault (personal when no team):
   * an import or a new key with the same name would make a duplicate.
   */
  async findSameName(
    name: string,
    environment: Environment,
    teamId?: string | null,
  ): Promise<ApiKey[]> {
    const res = await this.list(
      { q: name, environment, ...(teamId ? { team_id: teamId } : {}) },
      0,
      MAX_PAGE,
    );
    return res.items.filter((k) => k.name === name && (k.team_id ?? null) === (teamId ?? null));
  }

  get(id: string): Promise<ApiKey> {
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

  async create(input: KeyInput): Promise<ApiKey> {
    if (!input.value) throw new Error('The key value is empty.');
    const id = this.crypto.newKeyId();
    const { key, vaultId } = this.vaultFor(input.teamId);
    const enc = await this.crypto.encryptItem(key, vaultId, id, input.value);
    const body: NewKeyBody = {
      id,
      service: input.service || guessService(input.value, input.name),
      name: input.name,
      ...enc,
      ...(await fingerprintOf(input.value)),
      metadata: this.metadata(input),
      ...(input.teamId
        ? { team_id: input.teamId, key_generation: this.teams.generationOf(input.teamId) }
        : {}),
    };
    return this.api.post<ApiKey>('/keys', body);
  }

  async update(existing: ApiKey, input: KeyInput): Promise<ApiKey> {
    const body: KeyUpdateBody = {
      name: input.name,
      service: input.service,
      metadata: this.metadata(input),
    };
    if (input.value) {
      const { key, vaultId } = this.vaultFor(existing.team_id);
      Object.assign(body, await this.crypto.encryptItem(key, vaultId, existing.id, input.value));
      Object.assign(body, await fingerprintOf(input.value));
      Object.assign(body, this.generation(existing.team_id));
    }
    return this.api.put<ApiKey>(`/keys/${encodeURIComponent(existing.id)}`, body, {
      headers: { 'If-Match': `"${existing.version}"` },
    });
  }

  /** A new value for an existing key: the previous value is kept as a version. */
  async replaceValue(existing: ApiKey, value: string): Promise<ApiKey> {
    const { key, vaultId } = this.vaultFor(existing.team_id);
    const enc = await this.crypto.encryptItem(key, vaultId, existing.id, value);
    const body = { ...enc, ...(await fingerprintOf(value)), ...this.generation(existing.team_id) };
    return this.api.put<ApiKey>(`/keys/${encodeURIComponent(existing.id)}`, body, {
      headers: { 'If-Match': `"${existing.version}"` },
    });
  }

  async rotate(existing: ApiKey, value: string): Promise<ApiKey> {
    const { key, vaultId } = this.vaultFor(existing.team_id);
    const enc = await this.crypto.encryptItem(key, vaultId, existing.id, value);
    const body = { ...enc, ...(await fingerprintOf(value)), ...this.generation(existing.team_id) };
    return this.api.post<ApiKey>(`/keys/${encodeURIComponent(existing.id)}/rotate`, body);
  }

  /**
   * Moves a personal key into a team (sharing): its value is read (audited), re-encrypted here under
   * the team key with the team as vault, and sent with the version read. Earlier versions stay
   * with the owner's key and are erased by the server.
   */
  async moveToTeam(existing: ApiKey, teamId: string): Promise<ApiKey> {
    if (existing.team_id) throw new Error('This key already belongs to a team.');
    const fresh = await this.get(existing.id);
    const value = await this.decrypt(fresh, fresh);
    const { key, vaultId } = this.vaultFor(teamId);
    const enc = await this.crypto.encryptItem(key, vaultId, fresh.id, value);
    return this.api.post<ApiKey>(
      `/keys/${encodeURIComponent(fresh.id)}/move`,
      { team_id: teamId, ...enc, key_generation: this.teams.generationOf(teamId) },
      { headers: { 'If-Match': `"${fresh.version}"` } },
    );
  }

  remove(id: string, purge = false): Promise<void> {
    return this.api.delete(`/keys/${encodeURIComponent(id)}`, {
      query: { purge: purge || undefined },
    });
  }

  restore(id: string): Promise<ApiKey> {
    return this.api.post<ApiKey>(`/keys/${encodeURIComponent(id)}/restore`);
  }

  async versions(id: string): Promise<KeyVersion[]> {
    return (await this.api.get<{ items: KeyVersion[] }>(`/keys/${encodeURIComponent(id)}/versions`))
      .items;
  }

  /**
   * Decrypts a key's value (GET /keys/{id} first, so the read is audited). A value a managed
   * rotation sealed to the vault is opened here and stored under the vault key first.
   */
  async reveal(key: ApiKey): Promise<string> {
    const fresh = await this.get(key.id);
    if (fresh.sealed_value) return (await this.storeSealed(fresh)).value;
    return this.decrypt(fresh, fresh);
  }

  /**
   * Opens the value a managed rotation sealed to this vault's public key (the user's, or the
   * team's private key opened with the team key), encrypts it under the vault key and stores that
   * in its place (PUT /keys/{id}/versions/{version}); the server then forgets the sealed copy.
   */
  async storeSealed(key: ApiKey): Promise<{ value: string; version: number }> {
    if (!key.sealed_value) throw new Error('This key holds no sealed value.');
    const u = this.session.need();
    const { key: vaultKey, vaultId } = this.vaultFor(key.team_id);
    const privateKey = key.team_id
      ? await this.teams.privateKeyOf(key.team_id)
      : u.vault.privateKey;
    const value = await this.crypto.openServerSealedValue(
      privateKey,
      vaultId,
      key.id,
      key.sealed_value,
    );
    const enc = await this.crypto.encryptItem(vaultKey, vaultId, key.id, value);
    const stored = await this.api.put<{ id: string; version: number }>(
      `/keys/${encodeURIComponent(key.id)}/versions/${key.version}`,
      enc,
    );
    return { value, version: stored.version };
  }

  /** Stores every sealed value among `keys` (after unlock); answers how many were stored. */
  async storeAllSealed(keys: readonly ApiKey[]): Promise<number> {
    let stored = 0;
    for (const k of keys) {
      if (!k.sealed_value || k.deleted_at) continue;
      try {
        await this.storeSealed(k);
        stored++;
      } catch {
        // a viewer cannot store it, or a team key is missing: it stays sealed for a member who can
      }
    }
    return stored;
  }

  /**
   * Opens a value. A team key's value in the trash or an earlier version may be under an earlier
   * team key (before a rotation): then the team's key history is tried, newest first.
   */
  async decrypt(
    key: Pick<ApiKey, 'id' | 'team_id'>,
    value: { encrypted_value: string; iv: string },
  ): Promise<string> {
    const { key: vaultKey, vaultId } = this.vaultFor(key.team_id);
    try {
      return await this.crypto.decryptItem(vaultKey, vaultId, key.id, value);
    } catch (e) {
      if (!key.team_id) throw e;
      const earlierKeys = await this.teams.earlierKeysOf(key.team_id).catch(() => []);
      for (const earlier of earlierKeys) {
        try {
          return await this.crypto.decryptItem(earlier, vaultId, key.id, value);
        } catch {
          // not this generation: try the one before
        }
      }
      throw e;
    }
  }

  /** A team key's new value names the team key generation that encrypted it. */
  private generation(teamId: string | null | undefined): { key_generation?: number } {
    return teamId ? { key_generation: this.teams.generationOf(teamId) } : {};
  }

  /** For each parsed entry, the existing key of that name in the target environment and vault. */
  async importConflicts(
    lines: readonly EnvLine[],
    environment: Environment,
    teamId?: string | null,
  ): Promise<Map<string, ApiKey>> {
    const names = lines.flatMap((l) => (l.kind === 'entry' ? [l.name] : []));
    const found = new Map<string, ApiKey>();
    for (let i = 0; i < names.length; i += 8) {
      const batch = await Promise.all(
        names.slice(i, i + 8).map((n) => this.findSameName(n, environment, teamId)),
      );
      batch.forEach((keys, j) => {
        if (keys[0]) found.set(names[i + j], keys[0]);
      });
    }
    return found;
  }

  /**
   * Imports parsed `.env` lines one by one, reporting each. A line whose name exists already in
   * the environment and vault follows `choices[name]` (default: skip), so importing the same
   * file twice never doubles the keys.
   */
  async importEnv(
    lines: readonly EnvLine[],
    options: {
      environment: Environment;
      teamId?: string | null;
      tags?: string[];
      conflicts?: ReadonlyMap<string, ApiKey>;
      choices?: Readonly<Record<string, ConflictChoice>>;
    },
    onProgress: (done: number, total: number, result: ImportResult) => void,
  ): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    const total = lines.length;
    const conflicts =
      options.conflicts ?? (await this.importConflicts(lines, options.environment, options.teamId));
    for (const l of lines) {
      let result: ImportResult;
      if (l.kind === 'entry') {
        const existing = conflicts.get(l.name);
        const choice = existing ? (options.choices?.[l.name] ?? 'skip') : 'keep';
        try {
          if (existing && choice === 'skip') {
            result = {
              line: l.line,
              name: l.name,
              status: 'skipped',
              detail: 'already in the vault; left as it is',
            };
          } else if (existing && choice === 'update') {
            await this.replaceValue(existing, l.value);
            result = {
              line: l.line,
              name: l.name,
              status: 'updated',
              detail: 'new value saved; the previous one is kept as a version',
            };
          } else {
            await this.create({
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
              detail: existing ? 'saved as a second key of that name' : 'encrypted and saved',
            };
          }
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

  /** Decrypts the given keys into a `.env` file's text. */
  async envFileOf(keys: readonly ApiKey[], header: string): Promise<string> {
    const entries = [];
    for (const k of keys) entries.push({ name: k.name, value: await this.decrypt(k, k) });
    return formatEnvFile(entries, header);
  }

  /** Decrypts every key of an environment into a `.env` file's text. */
  async exportEnv(environment: Environment, teamId?: string | null): Promise<string> {
    const keys = (
      await this.listAll({ environment, ...(teamId ? { team_id: teamId } : {}) })
    ).filter((k) => (teamId ? k.team_id === teamId : true));
    return this.envFileOf(keys, `KeyHaven export: ${environment}, ${new Date().toISOString()}`);
  }
}
