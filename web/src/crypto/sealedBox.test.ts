import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { sealForGitHub } from './sealedBox';
import { readVectors } from './testing';

interface SealedBoxVector {
  name: string;
  public_key: string;
  secret_key: string;
  plaintext: string;
  sealed: string;
}

interface SealedBoxVectors {
  sealed_by_java: SealedBoxVector[];
  sealed_by_ts: SealedBoxVector[];
}

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

describe('sealed boxes made by the server (shared/test-vectors/sealed-box.json)', () => {
  const vectors = readVectors<SealedBoxVectors>('sealed-box.json');
  const b64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.ORIGINAL);

  it('has the Java cases to open', () => {
    expect(vectors.sealed_by_java.length).toBeGreaterThanOrEqual(5);
  });

  it.each(vectors.sealed_by_java.map((v) => [v.name, v] as const))(
    'libsodium opens what Java sealed: %s',
    (_name, v) => {
      const sealed = b64(v.sealed);
      expect(sealed.length).toBe(
        new TextEncoder().encode(v.plaintext).length + sodium.crypto_box_SEALBYTES,
      );
      const opened = sodium.crypto_box_seal_open(sealed, b64(v.public_key), b64(v.secret_key));
      expect(sodium.to_string(opened)).toBe(v.plaintext);
      const changed = sealed.slice();
      changed[changed.length - 1] ^= 1;
      expect(() =>
        sodium.crypto_box_seal_open(changed, b64(v.public_key), b64(v.secret_key)),
      ).toThrow();
    },
  );
});
