import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './encoding';
import { itemAssociatedData, KeyHavenCrypto } from './keyhavenCrypto';
import { hkdfBytes, importHkdfBase, pbkdf2MasterKey } from './primitives';
import {
  nodeCrypto,
  readVectors,
  type ItemVector,
  type KdfVector,
  type KeyWrapVector,
} from './testing';

const kat = readVectors<{ kdf: KdfVector[]; key_wrap: KeyWrapVector[]; items: ItemVector[] }>(
  'crypto-kat.json',
);
const kh = new KeyHavenCrypto(nodeCrypto);
const subtle = nodeCrypto.subtle;

describe('known-answer vectors (shared/test-vectors/crypto-kat.json)', () => {
  it('cover ASCII, UTF-8, emoji and NFKC passwords and ASCII, UTF-8, emoji values', () => {
    expect(kat.kdf.map((v) => v.name)).toEqual(
      expect.arrayContaining(['ascii', 'utf8', 'emoji', 'nfkc-compatibility', 'nfkc-decomposed']),
    );
    expect(kat.items.map((v) => v.name)).toEqual(
      expect.arrayContaining(['ascii', 'utf8', 'emoji']),
    );
  });

  describe.each(kat.kdf)('KDF for the $name password', (v) => {
    it('PBKDF2-HMAC-SHA256 of the NFKC password gives master_key', async () => {
      expect(v.password.normalize('NFKC')).toBe(v.password_nfkc);
      const master = await pbkdf2MasterKey(
        subtle,
        v.password,
        fromBase64(v.kdf_salt),
        v.kdf_iterations,
      );
      expect(toBase64(master)).toBe(v.master_key);
      const base = await importHkdfBase(subtle, master);
      expect(toBase64(await hkdfBytes(subtle, base, 'keyhaven-auth'))).toBe(v.auth_key);
      expect(toBase64(await hkdfBytes(subtle, base, 'keyhaven-wrap'))).toBe(v.wrap_key);
    });

    it('deriveMasterKeys gives auth_hash and a non-extractable wrap key', async () => {
      const master = await kh.deriveMasterKeys(v.password, v);
      expect(master.authHash).toBe(v.auth_hash);
      expect(master.wrapKey.extractable).toBe(false);
    });
  });

  // Each KDF vector with a key-wrap vector of its own; the list is named so a vector that loses
  // its wrap vector fails here instead of skipping the check.
  const wrapped = kat.kdf.flatMap((v) => {
    const wrap = kat.key_wrap.find((w) => w.kdf === v.name);
    return wrap ? [{ ...v, wrap }] : [];
  });

  it('the ascii, utf8 and emoji KDF vectors each have a key-wrap vector', () => {
    expect(wrapped.map((v) => v.name)).toEqual(['ascii', 'utf8', 'emoji']);
  });

  describe.each(wrapped)('wrap key of the $name password', (v) => {
    it('wraps the user key to the vector with the derived wrap key', async () => {
      const master = await kh.deriveMasterKeys(v.password, v);
      expect(
        await kh.wrapBytes(
          master.wrapKey,
          fromBase64(v.wrap.plaintext),
          v.wrap.aad,
          fromBase64(v.wrap.iv),
        ),
      ).toBe(v.wrap.wrapped);
    });
  });

  it('the NFKC-decomposed password derives the same keys as its composed form', async () => {
    const v = kat.kdf.find((k) => k.name === 'nfkc-decomposed')!;
    const composed = await kh.deriveMasterKeys(v.password_nfkc, v);
    expect(composed.authHash).toBe(v.auth_hash);
  });

  describe.each(kat.key_wrap)('key wrap: $name', (v) => {
    it('wraps to the expected v1 string with the fixed IV and unwraps back', async () => {
      const key = await kh.importAesKey(fromBase64(v.key));
      expect(await kh.wrapBytes(key, fromBase64(v.plaintext), v.aad, fromBase64(v.iv))).toBe(
        v.wrapped,
      );
      expect(toBase64(await kh.unwrapBytes(key, v.wrapped, v.aad))).toBe(v.plaintext);
    });

    it('does not unwrap under another purpose (associated data)', async () => {
      const key = await kh.importAesKey(fromBase64(v.key));
      await expect(kh.unwrapBytes(key, v.wrapped, 'keyhaven-wrap-v1:other')).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });
  });

  describe.each(kat.items)('item: $name', (v) => {
    it('encrypts to the expected ciphertext with the fixed IV and decrypts back', async () => {
      expect(new TextDecoder().decode(itemAssociatedData(v.vault_id, v.key_id))).toBe(
        v.associated_data,
      );
      const key = await kh.importAesKey(fromBase64(v.vault_key));
      const enc = await kh.encryptItem(key, v.vault_id, v.key_id, v.plaintext, fromBase64(v.iv));
      expect(enc).toEqual({ encrypted_value: v.encrypted_value, iv: v.iv });
      expect(await kh.decryptItem(key, v.vault_id, v.key_id, enc)).toBe(v.plaintext);
    });
  });
});
