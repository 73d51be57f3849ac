import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { MonitoringStore } from './monitoring';

function store(answers: Record<string, unknown> = {}) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({
      method: init.method ?? 'GET',
      url,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const path = url.split('?')[0];
    const answer = answers[`${init.method} ${path}`];
    return answer === undefined
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify(answer), { status: 200 });
  });
  return { monitoring: new MonitoringStore(new ApiClient('/api', fetch)), calls };
}

const KEY = {
  id: 'k 1',
  name: 'STRIPE_LIVE',
  team_id: null,
};

describe('MonitoringStore', () => {
  it('finds a key by name in the list, so no value is read for a page of charts', async () => {
    const { monitoring, calls } = store({
      'GET /api/keys': { items: [{ ...KEY, id: 'other' }, KEY], page: 0, size: 200, total: 2 },
    });
    expect(await monitoring.keyOf('k 1', 'STRIPE_LIVE')).toEqual(KEY);
    expect(calls.map((c) => c.url)).toEqual(['/api/keys?q=STRIPE_LIVE&size=200']);
  });

  it('reads the key itself only when the name does not find it', async () => {
    const { monitoring, calls } = store({
      'GET /api/keys': { items: [], page: 0, size: 200, total: 0 },
      'GET /api/keys/k%201': KEY,
    });
    expect(await monitoring.keyOf('k 1', 'RENAMED')).toEqual(KEY);
    expect(calls.map((c) => c.url)).toEqual(['/api/keys?q=RENAMED&size=200', '/api/keys/k%201']);
  });

  it('asks for usage, anomalies and resolve on the documented paths', async () => {
    const { monitoring, calls } = store();
    await monitoring.usage('k1', { from: 'A', to: 'B', bucket: 'day' });
    await monitoring.anomalies({ status: 'resolved', page: 1, size: 50 });
    await monitoring.resolve('an/1');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/keys/k1/usage?from=A&to=B&bucket=day',
      'GET /api/anomalies?status=resolved&page=1&size=50',
      'POST /api/anomalies/an%2F1/resolve',
    ]);
  });

  it('sends a schedule without an empty provider, and a trimmed token name', async () => {
    const { monitoring, calls } = store({ 'GET /api/keys/k1/ingest-tokens': { items: [] } });
    await monitoring.setSchedule('k1', { interval_days: 30, mode: 'remind', provider: '' });
    await monitoring.setSchedule('k1', { interval_days: 7, mode: 'auto', provider: 'stripe' });
    await monitoring.createToken('k1', '  ci  ');
    expect(await monitoring.tokens('k1')).toEqual([]);
    await monitoring.revokeToken('k1', 't1');
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['PUT', '/api/keys/k1/rotation-schedule', { interval_days: 30, mode: 'remind' }],
      [
        'PUT',
        '/api/keys/k1/rotation-schedule',
        { interval_days: 7, mode: 'auto', provider: 'stripe' },
      ],
      ['POST', '/api/keys/k1/ingest-tokens', { name: 'ci' }],
      ['GET', '/api/keys/k1/ingest-tokens', undefined],
      ['DELETE', '/api/keys/k1/ingest-tokens/t1', undefined],
    ]);
  });
});
