import type { ApiClient } from '../api/client';
import type { components } from '../api/openapi.gen';
import type { ApiKey, Page } from '../api/types';

type Schemas = components['schemas'];
export type UsageBucket = Schemas['Bucket'];
export type UsageBuckets = Schemas['UsageBuckets'];
export type Health = Schemas['HealthBody'];
export type HealthFactor = Schemas['HealthFactor'];
export type Anomaly = Schemas['AnomalyBody'];
export type RotationScheduleBody = Schemas['RotationScheduleBody'];
export type IngestToken = Schemas['IngestTokenItem'];
export type IngestTokenCreated = Schemas['IngestTokenCreated'];

export type BucketSize = 'hour' | 'day';
export type AnomalyStatus = 'open' | 'resolved';

export interface ScheduleInput {
  interval_days: number;
  mode: 'remind' | 'auto';
  provider?: string | null;
}

const key = (id: string) => `/keys/${encodeURIComponent(id)}`;

/**
 * A key's monitoring (usage buckets, health, rotation schedule, ingest tokens) and the anomalies
 * of every key the caller sees. Everything here is plaintext metadata; no value is read.
 */
export class MonitoringStore {
  constructor(private readonly api: ApiClient) {}

  /** One key's metadata without reading its value: found by name in the list, by id otherwise. */
  async keyOf(id: string, name?: string): Promise<ApiKey> {
    if (name) {
      const page = await this.api.get<Page<ApiKey>>('/keys', { query: { q: name, size: 200 } });
      const found = page.items.find((k) => k.id === id);
      if (found) return found;
    }
    return this.api.get<ApiKey>(key(id));
  }

  usage(
    id: string,
    range: { from: string; to: string; bucket: BucketSize },
  ): Promise<UsageBuckets> {
    return this.api.get<UsageBuckets>(`${key(id)}/usage`, { query: { ...range } });
  }

  health(id: string): Promise<Health> {
    return this.api.get<Health>(`${key(id)}/health`);
  }

  anomalies(query: { status?: AnomalyStatus; key_id?: string; page?: number; size?: number }) {
    return this.api.get<Page<Anomaly>>('/anomalies', { query: { ...query } });
  }

  resolve(anomalyId: string): Promise<Anomaly> {
    return this.api.post<Anomaly>(`/anomalies/${encodeURIComponent(anomalyId)}/resolve`);
  }

  setSchedule(id: string, input: ScheduleInput): Promise<RotationScheduleBody> {
    const body: ScheduleInput = { interval_days: input.interval_days, mode: input.mode };
    if (input.provider) body.provider = input.provider;
    return this.api.put<RotationScheduleBody>(`${key(id)}/rotation-schedule`, body);
  }

  async tokens(id: string): Promise<IngestToken[]> {
    return (await this.api.get<{ items: IngestToken[] }>(`${key(id)}/ingest-tokens`)).items;
  }

  createToken(id: string, name: string): Promise<IngestTokenCreated> {
    return this.api.post<IngestTokenCreated>(`${key(id)}/ingest-tokens`, { name: name.trim() });
  }

  revokeToken(id: string, tokenId: string): Promise<void> {
    return this.api.delete(`${key(id)}/ingest-tokens/${encodeURIComponent(tokenId)}`);
  }
}
