import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './encoding';
import { KeyHavenCrypto, tinkCiphertextToWrapped, wrappedToTinkCiphertext } from './keyhavenCrypto';
import { nodeCrypto, readVectors, type HpkeVector } from './testing';

const vectors = readVectors<{ sealed_by_java: HpkeVector[]; sealed_by_ts: HpkeVector[] }>(
  'hpke.json',
);
const kh = new KeyHavenCrypto(nodeCrypto);

function flipLastBit(wrapped: string): string {
  const ct = wrappedToTinkCiphertext(wrapped);
  ct[ct.length - 1] ^= 1;
  return tinkCiphertextToWrapped(ct);
}

describe('HPKE vectors shared with Java (shared/test-vectors/hpke.json)', () => {
  it('has both sections with team-key, ASCII, UTF-8 and emoji entries', () => {
    for (const section of [vectors.sealed_by_java, vectors.sealed_by_ts]) {
      expect(section.map((v) => v.name)).toEqual(
        expect.arrayContaining(['team key', 'ascii value', 'utf8 value', 'emoji value']),
      );
    }
  });

  describe.each([
    ['sealed by Java (Tink)', vectors.sealed_by_java],
    ['sealed by TypeScript', vectors.sealed_by_ts],
  ] as const)('%s', (_label, section) => {
    it.each(section)('opens "$name"', async (v) => {
      const privateKey = await kh.importPrivateKey(fromBase64(v.recipient_private_key));
      expect(tinkCiphertextToWrapped(fromBase64(v.ciphertext))).toBe(v.wrapped);
      expect(toBase64(await kh.hpkeOpen(privateKey, v.wrapped, v.info))).toBe(v.plaintext);
    });

    it.each(section)(
      'refuses "$name" with a flipped bit, another info or another key',
      async (v) => {
        const privateKey = await kh.importPrivateKey(fromBase64(v.recipient_private_key));
        await expect(kh.hpkeOpen(privateKey, flipLastBit(v.wrapped), v.info)).rejects.toMatchObject(
          {
            code: 'DECRYPT_FAILED',
          },
        );
        await expect(kh.hpkeOpen(privateKey, v.wrapped, `${v.info}x`)).rejects.toMatchObject({
          code: 'DECRYPT_FAILED',
        });
        const other = await kh.importPrivateKey(kh.randomBytes(32));
        await expect(kh.hpkeOpen(other, v.wrapped, v.info)).rejects.toMatchObject({
          code: 'DECRYPT_FAILED',
        });
      },
    );
  });

  it('a fresh TypeScript seal to a vector public key opens with its private key', async () => {
    const v = vectors.sealed_by_java[0];
    const wrapped = await kh.hpkeSeal(v.recipient_public_key, fromBase64(v.plaintext), v.info);
    expect(wrapped).not.toBe(v.wrapped);
    const privateKey = await kh.importPrivateKey(fromBase64(v.recipient_private_key));
    expect(toBase64(await kh.hpkeOpen(privateKey, wrapped, v.info))).toBe(v.plaintext);
  });

  it('opens a server-sealed value only for the vault and key it was sealed for', async () => {
    const v = vectors.sealed_by_java.find((e) => e.name === 'emoji value')!;
    const [, vaultId, keyId] = v.info.split(':');
    const privateKey = await kh.importPrivateKey(fromBase64(v.recipient_private_key));
    expect(await kh.openServerSealedValue(privateKey, vaultId, keyId, v.wrapped)).toBe(
      '🔑🚀 token-✨-🦄',
    );
    await expect(
      kh.openServerSealedValue(privateKey, keyId, vaultId, v.wrapped),
    ).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });
});
