import { describe, expect, it } from 'vitest';
import { WireWatch } from './wire.mjs';

const b64 = (n, fill = 7) => Buffer.alloc(n, fill).toString('base64');

function watch(body, url = 'http://x/api/keys') {
  const w = new WireWatch();
  w.addSecret('sk_live_SECRET🔑', 'master password');
  w.requests.push({
    method: 'POST',
    url,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return w.violations();
}

describe('WireWatch (the browser tests’ network check)', () => {
  it('accepts documented ciphertext fields of the right shape', () => {
    expect(
      watch({
        id: '0b0e0c57-7a39-4d57-9a8e-2d3c4e5f6a7b',
        name: 'STRIPE',
        encrypted_value: b64(40),
        iv: b64(12),
        metadata: { tags: ['a'], environment: 'production' },
      }),
    ).toEqual([]);
    expect(
      watch(
        { auth_hash: b64(32), protected_user_key: `v1.${b64(12)}.${b64(48)}`, public_key: b64(32) },
        'http://x/api/auth/register',
      ),
    ).toEqual([]);
  });

  it('flags a plaintext value or password, raw, escaped, URL-encoded or base64', () => {
    expect(watch({ name: 'x sk_live_SECRET🔑' })).toHaveLength(1);
    expect(
      watch(JSON.stringify({ note: 'sk_live_SECRET🔑' }).replace('🔑', '\\ud83d\\udd11')),
    ).toHaveLength(1);
    expect(watch({}, `http://x/api/keys?q=${encodeURIComponent('master password')}`)).toHaveLength(
      1,
    );
    expect(watch({ blob: Buffer.from('sk_live_SECRET🔑').toString('base64') })[0]).toMatch(
      /plaintext/,
    );
  });

  it('flags key material outside the documented fields, and documented fields of the wrong shape', () => {
    expect(watch({ debug: b64(32) })).toEqual([
      'POST /api/keys: undocumented field debug carries binary data',
    ]);
    expect(watch({ extra: `v2.${b64(32)}.${b64(48)}` })).toEqual([
      'POST /api/keys: undocumented field extra carries a wrapped key',
    ]);
    expect(watch({ iv: b64(16), encrypted_value: b64(40) })).toEqual([
      'POST /api/keys: iv does not have its documented shape',
    ]);
    expect(watch({ wrapped_team_key: `v1.${b64(12)}.${b64(48)}` })).toEqual([
      'POST /api/keys: wrapped_team_key does not have its documented shape',
    ]);
    expect(watch({ pinned_keys: `v1.${b64(12)}.${b64(200)}` })).toEqual([]);
    expect(watch({ previous_team_key: `v2.${b64(32)}.${b64(48)}` })).toEqual([
      'POST /api/keys: previous_team_key does not have its documented shape',
    ]);
  });
});
