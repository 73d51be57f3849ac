import { describe, expect, it } from 'vitest';
import { apiKey } from '../test/fixtures';
import { attentionReasons, EMPTY_FILTER, filterKeys, healthBuckets, parseTags } from './keys';

const keys = [
  apiKey({
    name: 'STRIPE_LIVE',
    service: 'stripe',
    metadata: { environment: 'production', tags: ['payments'], permissions: [] },
  }),
  apiKey({
    name: 'OPENAI_KEY',
    service: 'openai',
    metadata: {
      environment: 'development',
      tags: ['ai'],
      permissions: [],
      description: 'chat bot',
    },
  }),
  apiKey({
    name: 'TEAM_GH',
    service: 'github',
    team_id: 't1',
    metadata: { environment: 'staging', tags: [], permissions: [] },
  }),
];

describe('filterKeys', () => {
  it('searches name, service label, tags and description, all words', () => {
    expect(filterKeys(keys, { ...EMPTY_FILTER, q: 'chat' }).map((k) => k.name)).toEqual([
      'OPENAI_KEY',
    ]);
    expect(filterKeys(keys, { ...EMPTY_FILTER, q: 'GitHub' }).map((k) => k.name)).toEqual([
      'TEAM_GH',
    ]);
    expect(filterKeys(keys, { ...EMPTY_FILTER, q: 'payments live' }).map((k) => k.name)).toEqual([
      'STRIPE_LIVE',
    ]);
    expect(filterKeys(keys, { ...EMPTY_FILTER, q: 'payments nothing' })).toEqual([]);
  });

  it('filters by service, environment, tag and vault', () => {
    expect(filterKeys(keys, { ...EMPTY_FILTER, service: 'openai' })).toHaveLength(1);
    expect(filterKeys(keys, { ...EMPTY_FILTER, environment: 'production' })[0].name).toBe(
      'STRIPE_LIVE',
    );
    expect(filterKeys(keys, { ...EMPTY_FILTER, tag: 'ai' })[0].name).toBe('OPENAI_KEY');
    expect(filterKeys(keys, { ...EMPTY_FILTER, vault: 'personal' })).toHaveLength(2);
    expect(filterKeys(keys, { ...EMPTY_FILTER, vault: 't1' })[0].name).toBe('TEAM_GH');
  });
});

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
