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

  /**
   * The whole audit chain as JSON Lines (one sealed entry per line, in chain order), fetched in
   * the server's downloads of 10,000 entries, each continuing after the last (`X-Next-After`).
   */
  async exportJsonLines(maxDownloads = 100): Promise<string> {
    const parts: string[] = [];
    let after = 0;
    for (let i = 0; i < maxDownloads; i++) {
      const { text, headers } = await this.api.text('/audit/export', {
        query: { after: after || undefined },
        headers: { Accept: 'application/x-ndjson' },
      });
      parts.push(text);
      const next = Number(headers.get('X-Next-After'));
      if (!Number.isFinite(next) || next <= after) break;
      after = next;
    }
    return parts.join('');
  }
}
