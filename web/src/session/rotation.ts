import type { ApiClient } from '../api/client';
import type { components } from '../api/openapi.gen';
import type { RotationProviderId } from '../lib/rotationProviders';

type Schemas = components['schemas'];
export type Connection = Schemas['Connection'];
export type RotationStatus = Schemas['RotationStatus'];
export type RotationSettings = Schemas['RotationSettings'];
export type RotationAccepted = Schemas['RotationAccepted'];

/**
 * Managed rotation: provider connections (the admin credential goes to the server once, sealed
 * there, never answered) and a key's rotation (settings, state and history, run, roll back). The
 * new values the server makes come back sealed to the vault; `VaultStore.storeSealed` opens them.
 */
export class RotationStore {
  constructor(private readonly api: ApiClient) {}

  async connections(): Promise<Connection[]> {
    return (await this.api.get<{ items: Connection[] }>('/connections')).items;
  }

  /**
   * Connects a provider with its admin credential (docs/rotation.md, "Providers"): sent once,
   * sealed by the server, never answered.
   */
  connect(
    provider: RotationProviderId,
    name: string,
    credential: Record<string, string>,
    teamId?: string | null,
  ): Promise<Connection> {
    return this.api.post<Connection>('/connections', {
      provider,
      name,
      team_id: teamId ?? null,
      credential,
    });
  }

  removeConnection(id: string): Promise<void> {
    return this.api.delete(`/connections/${encodeURIComponent(id)}`);
  }

  status(keyId: string): Promise<RotationStatus> {
    return this.api.get<RotationStatus>(`/keys/${encodeURIComponent(keyId)}/rotation`);
  }

  configure(
    keyId: string,
    settings: {
      connection_id: string;
      target: Record<string, string>;
      interval_days?: number | null;
      grace_hours: number;
    },
  ): Promise<RotationSettings> {
    return this.api.put<RotationSettings>(`/keys/${encodeURIComponent(keyId)}/rotation`, settings);
  }

  run(keyId: string): Promise<RotationAccepted> {
    return this.api.post<RotationAccepted>(`/keys/${encodeURIComponent(keyId)}/rotation/run`);
  }

  rollback(keyId: string): Promise<RotationStatus> {
    return this.api.post<RotationStatus>(`/keys/${encodeURIComponent(keyId)}/rotation/rollback`);
  }
}
