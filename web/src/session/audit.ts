import type { ApiClient } from '../api/client';
import type { AuditEntry, AuditVerify, Page } from '../api/types';

export interface AuditQuery {
  action?: string;
  resource_id?: string;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
}

/** The audit log: pages of entries and the hash-chain check. */
export class AuditStore {
  constructor(private readonly api: ApiClient) {}

  list(query: AuditQuery): Promise<Page<AuditEntry>> {
    return this.api.get<Page<AuditEntry>>('/audit', { query: { ...query } });
  }

  verify(): Promise<AuditVerify> {
    return this.api.get<AuditVerify>('/audit/verify');
  }
}
