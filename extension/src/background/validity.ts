// A read-only call to the provider, from the browser, to tell whether a key works. The key goes
// to its own provider only (never to KeyHaven in clear); the caller asks for the host permission
// first. 401 means the key is refused; 403 that it authenticated but may not read this.
import type { ValidityResult } from '../shared/messages';

export type Provider = ValidityResult['provider'];

export const CHECKS: Record<Provider, { url: string; origin: string }> = {
  stripe: { url: 'https://api.stripe.com/v1/balance', origin: 'https://api.stripe.com/*' },
  openai: { url: 'https://api.openai.com/v1/models', origin: 'https://api.openai.com/*' },
  github: { url: 'https://api.github.com/user', origin: 'https://api.github.com/*' },
};

/** The provider a key's service can be checked with, if any. */
export function checkableProvider(service: string): Provider | null {
  return service === 'stripe' || service === 'openai' || service === 'github' ? service : null;
}

export async function checkValidity(
  provider: Provider,
  value: string,
  fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a),
  now: () => Date = () => new Date(),
): Promise<ValidityResult> {
  const headers: Record<string, string> = { Authorization: `Bearer ${value}` };
  if (provider === 'github') headers.Accept = 'application/vnd.github+json';
  const res = await fetchImpl(CHECKS[provider].url, {
    method: 'GET',
    headers,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
  });
  // Only the status is read; the body (a balance, a model list, a profile) is dropped unread.
  await res.body?.cancel().catch(() => undefined);
  return {
    provider,
    valid: (res.status >= 200 && res.status < 300) || res.status === 403,
    status: res.status,
    checkedAt: now().toISOString(),
  };
}

/** The sentence the key's description keeps. */
export function describeValidity(v: ValidityResult, label: string): string {
  const day = v.checkedAt.slice(0, 10);
  return v.valid
    ? `Checked with ${label} on ${day}: accepted (HTTP ${v.status}).`
    : `Checked with ${label} on ${day}: refused (HTTP ${v.status}).`;
}
