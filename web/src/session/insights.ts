import type { ApiClient } from '../api/client';
import type { components } from '../api/openapi.gen';
import type { Page } from '../api/types';

type Schemas = components['schemas'];
export type Insight = Schemas['InsightBody'];
export type QueryAnswer = Schemas['QueryAnswer'];
export type RiskList = Schemas['RiskList'];

export interface InsightQuery {
  type?: string;
  severity?: string;
  resolved?: 'true' | 'false';
  page?: number;
  size?: number;
}

/**
 * Insights (rules over key metadata and advisories of the services' SDKs), questions about keys and
 * the risk ranking. Metadata only: no value is read or sent.
 */
export class InsightsStore {
  constructor(private readonly api: ApiClient) {}

  list(query: InsightQuery): Promise<Page<Insight>> {
    return this.api.get<Page<Insight>>('/insights', { query: { ...query } });
  }

  refresh(): Promise<{ open: number }> {
    return this.api.post<{ open: number }>('/insights/refresh');
  }

  resolve(id: string): Promise<Insight> {
    return this.api.post<Insight>(`/insights/${encodeURIComponent(id)}/resolve`);
  }

  ask(question: string): Promise<QueryAnswer> {
    return this.api.post<QueryAnswer>('/insights/query', { question });
  }

  risks(size = 10): Promise<RiskList> {
    return this.api.get<RiskList>('/insights/risks', { query: { size } });
  }
}
