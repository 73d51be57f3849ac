import { describe, expect, it } from 'vitest';
import { checkValidity, checkableProvider, describeValidity } from './validity';

function fakeFetch(status: number, seen: { url?: string; init?: RequestInit }) {
  return (async (url: string, init: RequestInit) => {
    seen.url = url;
    seen.init = init;
    return new Response('{"secret":"balance"}', { status });
  }) as unknown as typeof fetch;
}

describe('validity check', () => {
  it('asks the provider read-only, with the key as bearer, and keeps only the status', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const now = () => new Date('2026-12-02T08:00:00Z');
    const r = await checkValidity('stripe', 'sk_live_abc', fakeFetch(200, seen), now);
    expect(seen.url).toBe('https://api.stripe.com/v1/balance');
    expect(seen.init?.method).toBe('GET');
    expect(seen.init?.credentials).toBe('omit');
    expect((seen.init?.headers as Record<string, string>).Authorization).toBe('Bearer sk_live_abc');
    expect(r).toEqual({
      provider: 'stripe',
      valid: true,
      status: 200,
      checkedAt: '2026-12-02T08:00:00.000Z',
    });
    expect(describeValidity(r, 'Stripe')).toBe(
      'Checked with Stripe on 2026-12-02: accepted (HTTP 200).',
    );
  });

  it('401 is a refused key; 403 a key that works but may not read this', async () => {
    expect((await checkValidity('openai', 'sk-x', fakeFetch(401, {}))).valid).toBe(false);
    expect((await checkValidity('github', 'ghp_x', fakeFetch(403, {}))).valid).toBe(true);
  });

  it('only Stripe, OpenAI and GitHub keys are checked', () => {
    expect(['stripe', 'openai', 'github', 'aws', 'other'].map(checkableProvider)).toEqual([
      'stripe',
      'openai',
      'github',
      null,
      null,
    ]);
  });
});
