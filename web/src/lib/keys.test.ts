import { describe, expect, it } from 'vitest';
import { apiKey } from '../test/fixtures';
import {
  attentionReasons,
  EMPTY_FILTER,
  healthBuckets,
  parseTags,
  parseVaultView,
  vaultViewQuery,
  DEFAULT_SORT,
  nextSort,
  sortParam,
} from './keys';

describe('attentionReasons', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  it('flags exposed, expired, expiring, old and unhealthy keys', () => {
    expect(
      attentionReasons(
        apiKey({ name: 'a', exposed: true, created_at: '2026-05-30T00:00:00Z' }),
        now,
      ),
    ).toEqual(['exposed']);
    expect(
      attentionReasons(
        apiKey({
          name: 'b',
          created_at: '2026-05-30T00:00:00Z',
          metadata: {
            environment: 'development',
            tags: [],
            permissions: [],
            expires_at: '2026-05-01T00:00:00Z',
          },
        }),
        now,
      ),
    ).toEqual(['expired']);
    expect(
      attentionReasons(
        apiKey({
          name: 'c',
          created_at: '2026-05-30T00:00:00Z',
          metadata: {
            environment: 'development',
            tags: [],
            permissions: [],
            expires_at: '2026-06-10T00:00:00Z',
          },
        }),
        now,
      ),
    ).toEqual(['expiring']);
    expect(
      attentionReasons(apiKey({ name: 'd', created_at: '2026-01-01T00:00:00Z' }), now),
    ).toEqual(['old']);
    expect(
      attentionReasons(
        apiKey({
          name: 'e',
          created_at: '2026-01-01T00:00:00Z',
          last_rotated: '2026-05-01T00:00:00Z',
          health_score: 30,
        }),
        now,
      ),
    ).toEqual(['unhealthy']);
  });
});

describe('helpers', () => {
  it('buckets health scores', () => {
    expect(
      healthBuckets([
        apiKey({ name: 'a', health_score: 0 }),
        apiKey({ name: 'b', health_score: 100 }),
        apiKey({ name: 'c', health_score: 79 }),
      ]).map((b) => b.count),
    ).toEqual([1, 0, 0, 1, 1]);
  });
  it('parses tags', () => {
    expect(parseTags(' Payments, api,,payments ')).toEqual(['api', 'payments']);
  });
});

describe('vault view in the URL', () => {
  it('reads filters, trash and the 1-based page, and writes them back the same', () => {
    const v = parseVaultView('q=stripe&env=production&tag=payments&team=t1&trash=1&page=3');
    expect(v).toEqual({
      ...EMPTY_FILTER,
      q: 'stripe',
      environment: 'production',
      tag: 'payments',
      vault: 't1',
      trash: true,
      page: 2,
      sort: DEFAULT_SORT,
    });
    expect(vaultViewQuery(v)).toEqual({
      q: 'stripe',
      service: undefined,
      env: 'production',
      tag: 'payments',
      team: 't1',
      trash: 1,
      sort: undefined,
      page: 3,
    });
  });

  it('keeps a chosen sort in the URL, ignores an unknown one, and flips a column twice', () => {
    const v = parseVaultView('sort=-expires_at');
    expect(v.sort).toEqual({ field: 'expires_at', descending: true });
    expect(vaultViewQuery(v).sort).toBe('-expires_at');
    expect(parseVaultView('sort=encrypted_value').sort).toEqual(DEFAULT_SORT);
    expect(parseVaultView('sort=name').sort).toEqual({ field: 'name', descending: false });
    const byName = nextSort(DEFAULT_SORT, 'name');
    expect(sortParam(byName)).toBe('name');
    expect(sortParam(nextSort(byName, 'name'))).toBe('-name');
    expect(sortParam(nextSort(byName, 'updated_at'))).toBe('-updated_at');
  });

  it('treats a missing or bad page as the first, and no query as the whole vault', () => {
    expect(parseVaultView('page=abc')).toMatchObject({ page: 0, trash: false });
    expect(parseVaultView('')).toEqual({
      ...EMPTY_FILTER,
      trash: false,
      page: 0,
      sort: DEFAULT_SORT,
    });
  });
});
