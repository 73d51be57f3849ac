import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../api/client';
import { AuditStore } from './audit';

/** A small /api/audit/export that answers as api-notes.md says: pages of JSON Lines. */
function server(total: number, perDownload: number) {
  const calls: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://test');
    calls.push(`${url.pathname}${url.search} ${new Headers(init.headers).get('Accept')}`);
    if (url.pathname !== '/api/audit/export') return new Response(null, { status: 404 });
    const after = Number(url.searchParams.get('after') ?? 0);
    if (after < 0) {
      return new Response(JSON.stringify({ type: 'VALIDATION', code: 'INVALID', message: 'no' }), {
        status: 400,
      });
    }
    const last = Math.min(total, after + perDownload);
    let text = '';
    for (let i = after + 1; i <= last; i++) text += `{"chain_index":${i}}\n`;
    const headers = new Headers({ 'Content-Type': 'application/x-ndjson' });
    if (last < total) headers.set('X-Next-After', String(last));
    return new Response(text, { status: 200, headers });
  };
  return { fetchImpl, calls };
}

describe('AuditStore.exportJsonLines', () => {
  it('follows X-Next-After until the whole chain is down, in order', async () => {
    const s = server(25, 10);
    const api = new ApiClient('/api', s.fetchImpl as typeof fetch, () => 'req');
    api.setTokens({ access_token: 'a', refresh_token: 'r' });
    const lines = (await new AuditStore(api).exportJsonLines()).trim().split('\n');
    expect(lines).toHaveLength(25);
    expect(lines.map((l) => JSON.parse(l).chain_index)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(s.calls).toEqual([
      '/api/audit/export application/x-ndjson',
      '/api/audit/export?after=10 application/x-ndjson',
      '/api/audit/export?after=20 application/x-ndjson',
    ]);
  });

  it('an empty chain is an empty file, and an error is an ApiError', async () => {
    const api = new ApiClient('/api', server(0, 10).fetchImpl as typeof fetch, () => 'req');
    api.setTokens({ access_token: 'a', refresh_token: 'r' });
    expect(await new AuditStore(api).exportJsonLines()).toBe('');
    const broken = new ApiClient(
      '/api',
      (async () => new Response('{}', { status: 500 })) as typeof fetch,
      () => 'req',
    );
    await expect(new AuditStore(broken).exportJsonLines()).rejects.toBeInstanceOf(ApiError);
  });
});
