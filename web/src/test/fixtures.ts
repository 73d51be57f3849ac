import type { ApiKey } from '../api/types';

/** An APIKey body with defaults, for component tests. */
export function apiKey(over: Partial<ApiKey> & { name: string }): ApiKey {
  return {
    id: over.name,
    user_id: 'u',
    team_id: null,
    service: 'stripe',
    encrypted_value: 'AAAA',
    iv: 'AAAA',
    version: 1,
    health_score: 90,
    exposed: false,
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
    ...over,
    metadata: { environment: 'development', tags: [], permissions: [], ...over.metadata },
  };
}
