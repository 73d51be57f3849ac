import { describe, expect, it } from 'vitest';
import { KeyHavenCrypto } from './keyhavenCrypto';
import {
  checkPin,
  EMPTY_PINS,
  openPins,
  PINNED_KEYS_AAD_PREFIX,
  sealPins,
  withPin,
} from './pinnedKeys';
import { nodeCrypto } from './testing';

const kh = new KeyHavenCrypto(nodeCrypto);
const owner = '11111111-1111-4111-8111-111111111111';
const alice = '22222222-2222-4222-8222-222222222222';
const aliceKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const swapped = btoa(String.fromCharCode(...new Uint8Array(32).fill(9)));

describe('pinned public keys', () => {
  it('a pinned key matches; a different key for the same account is a mismatch', () => {
    const pins = withPin(EMPTY_PINS, alice, 'alice@corp.com', aliceKey);
    expect(checkPin(pins, alice, aliceKey)).toEqual({ status: 'match' });
    const swap = checkPin(pins, alice, swapped);
    expect(swap.status).toBe('mismatch');
    expect(swap.status === 'mismatch' && swap.pinned.public_key).toBe(aliceKey);
    expect(checkPin(pins, owner, aliceKey)).toEqual({ status: 'unpinned' });
  });

  it('round-trip encrypted under the user key, bound to the owner', async () => {
    const userKey = await kh.importAesKey(kh.randomBytes(32));
    const pins = withPin(EMPTY_PINS, alice, 'alice@corp.com', aliceKey);
    const blob = await sealPins(nodeCrypto, userKey, owner, pins);
    expect(blob).toMatch(/^v1\.[A-Za-z0-9+/]{16}\.[A-Za-z0-9+/]{24,}={0,2}$/);
    expect(blob).not.toContain('alice');
    expect(await openPins(nodeCrypto, userKey, owner, blob)).toEqual(pins);
    // Another account's blob, another key, or a flipped byte does not open.
    await expect(openPins(nodeCrypto, userKey, alice, blob)).rejects.toThrow(/could not be opened/);
    const other = await kh.importAesKey(kh.randomBytes(32));
    await expect(openPins(nodeCrypto, other, owner, blob)).rejects.toThrow(/could not be opened/);
    const [v, iv, ct] = blob.split('.');
    const flipped = `${v}.${iv}.${ct.startsWith('A') ? 'B' : 'A'}${ct.slice(1)}`;
    await expect(openPins(nodeCrypto, userKey, owner, flipped)).rejects.toThrow();
    expect(PINNED_KEYS_AAD_PREFIX).toBe('keyhaven-pinned-keys-v1');
  });

  it('no blob yet is an empty set; a malformed blob is refused', async () => {
    const userKey = await kh.importAesKey(kh.randomBytes(32));
    expect(await openPins(nodeCrypto, userKey, owner, null)).toEqual(EMPTY_PINS);
    await expect(openPins(nodeCrypto, userKey, owner, 'v2.x.y')).rejects.toThrow(/v1 blob/);
  });
});
