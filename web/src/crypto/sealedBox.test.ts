import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealForGitHub } from './sealedBox';

beforeAll(async () => {
  await sodium.ready;
});

describe('sealForGitHub (libsodium sealed box)', () => {
  it.each(['sk_live_ascii', 'clé-ünïcødé', '🔑 emoji secret'])(
    'seals %j so that only the repository key pair opens it',
    async (value) => {
      const repo = sodium.crypto_box_keypair();
      const other = sodium.crypto_box_keypair();
      const publicKey = sodium.to_base64(repo.publicKey, sodium.base64_variants.ORIGINAL);

      const sealed = await sealForGitHub(publicKey, value);
      const bytes = sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL);
      expect(bytes.length).toBe(
        new TextEncoder().encode(value).length + sodium.crypto_box_SEALBYTES,
      );
      expect(
        sodium.to_string(sodium.crypto_box_seal_open(bytes, repo.publicKey, repo.privateKey)),
      ).toBe(value);
      expect(() => sodium.crypto_box_seal_open(bytes, other.publicKey, other.privateKey)).toThrow();
    },
  );

  it('refuses a public key that is not 32 bytes', async () => {
    await expect(sealForGitHub(btoa('short'), 'x')).rejects.toThrow(/32 bytes/);
  });
});
