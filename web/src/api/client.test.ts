import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, describeError } from './client';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

describe('ApiClient', () => {
  it('turns an APIError body into an ApiError with its request id', async () => {
    const fetch = vi.fn().mockResolvedValue(
      respond(409, {
        type: 'CONFLICT',
        code: 'EMAIL_TAKEN',
        message: 'That email is taken.',
        request_id: 'req-1',
        timestamp: 'now',
      }),
    );
    const api = new ApiClient('/api', fetch);
    const error = await api.post('/auth/register', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      type: 'CONFLICT',
      code: 'EMAIL_TAKEN',
      requestId: 'req-1',
      message: 'That email is taken.',
    });
  });

  it('uses the X-Request-Id header when the body has none, and reads Retry-After', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(
        respond(
          429,
          { type: 'RATE_LIMIT', code: 'TOO_MANY', message: 'Slow down.' },
          { 'X-Request-Id': 'hdr-9', 'Retry-After': '30' },
        ),
      );
    const error = (await new ApiClient('/api', fetch)
      .get('/keys')
      .catch((e: unknown) => e)) as ApiError;
    expect(error.requestId).toBe('hdr-9');
    expect(error.retryAfter).toBe(30);
    expect(describeError(error).message).toBe('Slow down. Try again in 30 s.');
  });

  it('sends a request id, the bearer token and JSON, and builds the query string', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(200, { items: [] }));
    const api = new ApiClient('/api', fetch, () => 'rid-1');
    api.setTokens({ access_token: 'at', refresh_token: 'rt' });
    await api.get('/keys', { query: { service: 'stripe', q: '', page: 0, deleted: undefined } });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/keys?service=stripe&page=0');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer at', 'X-Request-Id': 'rid-1' });
  });

  it('refreshes an expired access token once and retries', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        respond(401, { type: 'AUTHENTICATION', code: 'TOKEN_EXPIRED', message: 'expired' }),
      )
      .mockResolvedValueOnce(respond(200, { access_token: 'at2', refresh_token: 'rt2' }))
      .mockResolvedValueOnce(respond(200, { ok: true }));
    const api = new ApiClient('/api', fetch);
    api.setTokens({ access_token: 'at1', refresh_token: 'rt1' });
    expect(await api.get('/me')).toEqual({ ok: true });
    expect(JSON.parse((fetch.mock.calls[1][1] as RequestInit).body as string)).toEqual({
      refresh_token: 'rt1',
    });
    expect((fetch.mock.calls[2][1] as RequestInit).headers).toMatchObject({
      Authorization: 'Bearer at2',
    });
    expect(api.currentRefreshToken).toBe('rt2');
  });

  it('ends the session when the refresh fails', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(respond(401, { type: 'AUTHENTICATION', code: 'X', message: 'no' }));
    const api = new ApiClient('/api', fetch);
    const expired = vi.fn();
    api.onSessionExpired = expired;
    api.setTokens({ access_token: 'a', refresh_token: 'r' });
    await expect(api.get('/me')).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledOnce();
  });

  it('reports an unreachable server as a readable error', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    const error = (await new ApiClient('/api', fetch, () => 'rid-net')
      .get('/me')
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', requestId: 'rid-net' });
    expect(error.message).toMatch(/could not be reached/);
  });

  it('reads a non-JSON error page without crashing', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(
        new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      );
    const error = (await new ApiClient('/api', fetch)
      .get('/me')
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502', message: '502 Bad Gateway' });
  });
});
