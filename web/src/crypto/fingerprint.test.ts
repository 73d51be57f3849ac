import { describe, expect, it } from 'vitest';
import { EFF_LONG_WORDLIST } from './effLongWordlist';
import { fingerprintPhrase, fingerprintText } from './fingerprint';
import { nodeCrypto, readVectors } from './testing';

interface FingerprintVectors {
  accounts: { user_id: string; public_key: string; phrase: string }[];
  interop: { fingerprint_material: string; public_key_utf8: string; phrase: string }[];
}

const vectors = readVectors<FingerprintVectors>('fingerprint.json');

describe('fingerprint phrase (shared/test-vectors/fingerprint.json)', () => {
  it('draws from the 7,776 distinct words of the EFF long wordlist', () => {
    expect(EFF_LONG_WORDLIST).toHaveLength(7776);
    expect(new Set(EFF_LONG_WORDLIST).size).toBe(7776);
    expect(EFF_LONG_WORDLIST[0]).toBe('abacus');
    expect(EFF_LONG_WORDLIST[7775]).toBe('zoom');
  });

  it.each(vectors.accounts)('gives $phrase for account $user_id', async (v) => {
    expect(await fingerprintText(nodeCrypto, v.user_id, v.public_key)).toBe(v.phrase);
    expect(await fingerprintPhrase(nodeCrypto, v.user_id, v.public_key)).toHaveLength(5);
  });

  it('agrees with a Bitwarden-compatible implementation on its published input', async () => {
    for (const v of vectors.interop) {
      const key = new TextEncoder().encode(v.public_key_utf8);
      expect(await fingerprintText(nodeCrypto, v.fingerprint_material, key)).toBe(v.phrase);
    }
    expect(vectors.interop[0].phrase).toBe('carve-bulldozer-retake-bath-crust');
  });

  it('changes with the key and with the account', async () => {
    const [a, b, c] = vectors.accounts;
    expect(b.user_id).toBe(c.user_id);
    expect(b.phrase).not.toBe(c.phrase);
    expect(await fingerprintText(nodeCrypto, b.user_id, a.public_key)).not.toBe(a.phrase);
  });

  it('refuses a public key that is not strict base64', async () => {
    await expect(fingerprintText(nodeCrypto, 'u', 'not base64!')).rejects.toThrow();
  });
});
