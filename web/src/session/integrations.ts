import type { ApiClient } from '../api/client';
import type { components } from '../api/openapi.gen';
import type { ApiKey } from '../api/types';
import { generateDeployKey } from '../crypto/deployKey';
import { sealForGitHub } from '../crypto/sealedBox';
import type { VaultStore } from './vault';

type Schemas = components['schemas'];
export type GitHubConnection = Schemas['GitHubConnection'];
export type GitHubRepository = Schemas['GitHubRepository'];
export type GitHubSync = Schemas['GitHubSecretSync'];
export type GitHubDeployKey = Schemas['GitHubDeployKey'];

/** A vault key's name as an Actions secret name: upper case, `_` for anything else. */
export function secretNameFor(keyName: string): string {
  let name = keyName
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!name || /^[0-9]/.test(name)) name = `KEY_${name}`;
  if (name.startsWith('GITHUB_')) name = `KH_${name}`;
  return name.slice(0, 200);
}

/**
 * GitHub: the connection, repositories, and pushing a vault key to an Actions secret. The value is
 * opened here (an audited read), sealed here with libsodium's sealed box to the repository's
 * public key, and only the sealed box goes to KeyHaven, which relays it to GitHub.
 */
export class IntegrationsStore {
  constructor(
    private readonly api: ApiClient,
    private readonly vault: VaultStore,
  ) {}

  status(): Promise<GitHubConnection> {
    return this.api.get<GitHubConnection>('/integrations/github');
  }

  connect(token: string): Promise<{ login: string }> {
    return this.api.put<{ login: string }>('/integrations/github', { token });
  }

  disconnect(): Promise<void> {
    return this.api.delete('/integrations/github');
  }

  async repositories(): Promise<GitHubRepository[]> {
    return (await this.api.get<{ items: GitHubRepository[] }>('/integrations/github/repos')).items;
  }

  async syncs(keyId?: string): Promise<GitHubSync[]> {
    return (
      await this.api.get<{ items: GitHubSync[] }>('/integrations/github/syncs', {
        query: { key_id: keyId || undefined },
      })
    ).items;
  }

  async deployKeys(): Promise<GitHubDeployKey[]> {
    return (await this.api.get<{ items: GitHubDeployKey[] }>('/integrations/github/deploy-keys'))
      .items;
  }

  /** Seals the key's value to the repository's (or environment's) key and pushes it. */
  async push(key: ApiKey, repository: string, secretName: string, environment = ''): Promise<void> {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) throw new Error('Pick a repository.');
    const path = `/integrations/github/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
    const query = { environment: environment.trim() || undefined };
    const publicKey = await this.api.get<{ key_id: string; key: string }>(`${path}/public-key`, {
      query,
    });
    const value = await this.vault.reveal(key);
    const encrypted_value = await sealForGitHub(publicKey.key, value);
    await this.api.put(
      `${path}/secrets/${encodeURIComponent(secretName)}`,
      { encrypted_value, key_id: publicKey.key_id, source_key_id: key.id },
      { query },
    );
  }

  /**
   * Makes an Ed25519 deploy key here, keeps its private half in the vault as a new key, and
   * registers the public half on the repository (read-only unless `readOnly` is false).
   */
  async addDeployKey(
    repository: string,
    title: string,
    readOnly: boolean,
  ): Promise<{ key: ApiKey; deployKey: GitHubDeployKey }> {
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) throw new Error('Pick a repository.');
    const pair = await generateDeployKey(`keyhaven ${repository}`);
    const key = await this.vault.create({
      name: `DEPLOY_KEY_${secretNameFor(repo)}`,
      service: 'github',
      environment: 'production',
      tags: ['deploy-key'],
      description: `SSH deploy key (${readOnly ? 'read-only' : 'read and write'}) of ${repository}`,
      value: pair.privateKey,
    });
    try {
      const deployKey = await this.api.post<GitHubDeployKey>(
        `/integrations/github/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/deploy-keys`,
        { title, key: pair.publicKey, read_only: readOnly, source_key_id: key.id },
      );
      return { key, deployKey };
    } catch (e) {
      // GitHub refused it: the private key it would have opened is not kept.
      await this.vault.remove(key.id, true).catch(() => undefined);
      throw e;
    }
  }
}
