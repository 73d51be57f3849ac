import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './encoding';
import { KeyHavenCrypto, WRAP_AAD, type EncryptedValue } from './keyhavenCrypto';
import { nodeCrypto } from './testing';

// Round trips use a low iteration count for speed; the vectors and the class default use 600,000.
const FAST = 1_000;
const kh = new KeyHavenCrypto(nodeCrypto, { minKdfIterations: FAST });
const strict = new KeyHavenCrypto(nodeCrypto);

async function account(password = 'correct horse battery staple') {
  const params = kh.newKdfParams(FAST);
  const master = await kh.deriveMasterKeys(password, params);
  const created = await kh.createAccount(master);
  return { params, master, created };
}

function flipBit(b64: string, index = 0): string {
  const bytes = fromBase64(b64);
  bytes[index] ^= 0x01;
  return toBase64(bytes);
}

describe('KeyHavenCrypto', () => {
  it('registration then unlock with the same password opens the same user key', async () => {
    const { params, created } = await account();
    expect(created.protected_user_key).toMatch(/^v1\./);
    expect(created.protected_private_key).toMatch(/^v1\./);
    expect(fromBase64(created.public_key)).toHaveLength(32);
    expect(fromBase64(params.kdf_salt)).toHaveLength(16);

    const again = await kh.deriveMasterKeys('correct horse battery staple', params);
    const vault = await kh.unlock(again, created);
    const vaultId = kh.newKeyId();
    const keyId = kh.newKeyId();
    const enc = await kh.encryptItem(created.vault.userKey, vaultId, keyId, 'sk_live_abc');
    expect(await kh.decryptItem(vault.userKey, vaultId, keyId, enc)).toBe('sk_live_abc');
  });

  it('keeps the user key and wrap key non-extractable', async () => {
    const { master, created } = await account();
    expect(master.wrapKey.extractable).toBe(false);
    expect(created.vault.userKey.extractable).toBe(false);
    await expect(nodeCrypto.subtle.exportKey('raw', created.vault.userKey)).rejects.toThrow();
  });

  it('a wrong password gives another auth_hash and fails to unwrap the user key', async () => {
    const { params, master, created } = await account('right password');
    const wrong = await kh.deriveMasterKeys('wrong password', params);
    expect(wrong.authHash).not.toBe(master.authHash);
    await expect(kh.unlock(wrong, created)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('refuses a server-supplied KDF below 600,000 iterations', async () => {
    await expect(
      strict.deriveMasterKeys('pw', {
        kdf: 'pbkdf2-sha256',
        kdf_iterations: 100_000,
        kdf_salt: toBase64(new Uint8Array(16)),
      }),
    ).rejects.toMatchObject({ code: 'WEAK_KDF' });
    expect(() => strict.newKdfParams(599_999)).toThrow(/600000/);
    expect(strict.newKdfParams().kdf_iterations).toBe(600_000);
  });

  it('refuses an unknown KDF and a short salt', async () => {
    await expect(
      kh.deriveMasterKeys('pw', {
        kdf: 'argon2id' as 'pbkdf2-sha256',
        kdf_iterations: FAST,
        kdf_salt: toBase64(new Uint8Array(16)),
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_VERSION' });
    await expect(
      kh.deriveMasterKeys('pw', {
        kdf: 'pbkdf2-sha256',
        kdf_iterations: FAST,
        kdf_salt: toBase64(new Uint8Array(8)),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('unlock refuses a private key that does not belong to the stored public key', async () => {
    const a = await account();
    const b = await account();
    await expect(
      kh.unlock(a.master, { ...a.created, public_key: b.created.public_key }),
    ).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('changing the password re-wraps only the user key: old items still decrypt', async () => {
    const { master, created } = await account('old password');
    const vaultId = kh.newKeyId();
    const keyId = kh.newKeyId();
    const enc = await kh.encryptItem(created.vault.userKey, vaultId, keyId, 'ghp_🔑');

    const nextParams = kh.newKdfParams(FAST);
    const next = await kh.deriveMasterKeys('new password', nextParams);
    const rewrapped = await kh.rewrapUserKey(master, next, created.protected_user_key);
    expect(rewrapped).not.toBe(created.protected_user_key);

    const vault = await kh.unlock(next, { ...created, protected_user_key: rewrapped });
    expect(await kh.decryptItem(vault.userKey, vaultId, keyId, enc)).toBe('ghp_🔑');
    await expect(
      kh.unlock(master, { ...created, protected_user_key: rewrapped }),
    ).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });

  it('swapping the user key and private key wraps is detected by their associated data', async () => {
    const { created } = await account();
    const userKeyRaw = kh.randomBytes(32);
    const asPrivate = await kh.wrapBytes(
      created.vault.userKey,
      userKeyRaw,
      WRAP_AAD.userPrivateKey,
    );
    await expect(
      kh.unwrapBytes(created.vault.userKey, asPrivate, WRAP_AAD.userKey),
    ).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });

  describe('items', () => {
    const values = ['sk_test_ascii_123', 'clé-ünïcødé-秘密', '🔑🚀✨', ''];

    it.each(values)('round-trips %j with a fresh IV each time', async (value) => {
      const { created } = await account();
      const vaultId = kh.newKeyId();
      const keyId = kh.newKeyId();
      const a = await kh.encryptItem(created.vault.userKey, vaultId, keyId, value);
      const b = await kh.encryptItem(created.vault.userKey, vaultId, keyId, value);
      expect(fromBase64(a.iv)).toHaveLength(12);
      expect(a.iv).not.toBe(b.iv);
      expect(await kh.decryptItem(created.vault.userKey, vaultId, keyId, a)).toBe(value);
    });

    async function sealed(): Promise<{
      key: CryptoKey;
      vaultId: string;
      keyId: string;
      enc: EncryptedValue;
    }> {
      const { created } = await account();
      const vaultId = kh.newKeyId();
      const keyId = kh.newKeyId();
      const enc = await kh.encryptItem(created.vault.userKey, vaultId, keyId, 'sk_live_secret');
      return { key: created.vault.userKey, vaultId, keyId, enc };
    }

    it('a flipped ciphertext bit fails', async () => {
      const { key, vaultId, keyId, enc } = await sealed();
      for (const index of [0, fromBase64(enc.encrypted_value).length - 1]) {
        const tampered = { ...enc, encrypted_value: flipBit(enc.encrypted_value, index) };
        await expect(kh.decryptItem(key, vaultId, keyId, tampered)).rejects.toMatchObject({
          code: 'DECRYPT_FAILED',
        });
      }
    });

    it('a ciphertext moved to another key id fails', async () => {
      const { key, vaultId, enc } = await sealed();
      await expect(kh.decryptItem(key, vaultId, kh.newKeyId(), enc)).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });

    it('a ciphertext moved to another vault fails', async () => {
      const { key, keyId, enc } = await sealed();
      await expect(kh.decryptItem(key, kh.newKeyId(), keyId, enc)).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });

    it('a wrong IV fails', async () => {
      const { key, vaultId, keyId, enc } = await sealed();
      await expect(
        kh.decryptItem(key, vaultId, keyId, { ...enc, iv: toBase64(kh.randomBytes(12)) }),
      ).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
      await expect(
        kh.decryptItem(key, vaultId, keyId, { ...enc, iv: toBase64(kh.randomBytes(16)) }),
      ).rejects.toMatchObject({
        code: 'MALFORMED',
      });
    });

    it('another vault key fails', async () => {
      const { vaultId, keyId, enc } = await sealed();
      const other = await kh.importAesKey(kh.randomBytes(32));
      await expect(kh.decryptItem(other, vaultId, keyId, enc)).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });

    it('ids are canonical lower-case UUIDs; anything else is refused', async () => {
      const { key, vaultId, keyId, enc } = await sealed();
      expect(await kh.decryptItem(key, vaultId.toUpperCase(), keyId.toUpperCase(), enc)).toBe(
        'sk_live_secret',
      );
      await expect(kh.encryptItem(key, 'not-a-uuid', keyId, 'x')).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      await expect(kh.encryptItem(key, `${vaultId}:x`, keyId, 'x')).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    });

    it('newKeyId makes UUID v4s', () => {
      expect(kh.newKeyId()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });
  });

  describe('teams', () => {
    it('the creator opens the team key wrapped for self and a team item round-trips', async () => {
      const owner = await account();
      const ownerId = kh.newKeyId();
      const team = await kh.createTeamKeys([
        { user_id: ownerId, public_key: owner.created.public_key },
      ]);
      expect(team.members).toHaveLength(1);
      expect(team.members[0].wrapped_team_key).toMatch(/^v2\./);
      expect(team.protected_private_key).toMatch(/^v1\./);

      const teamKey = await kh.openTeamKey(
        owner.created.vault.privateKey,
        team.members[0].wrapped_team_key,
      );
      expect(teamKey.extractable).toBe(false);
      const teamId = kh.newKeyId();
      const keyId = kh.newKeyId();
      const enc = await kh.encryptItem(team.teamKey, teamId, keyId, 'team secret 🔐');
      expect(await kh.decryptItem(teamKey, teamId, keyId, enc)).toBe('team secret 🔐');
    });

    it('an invitee opens the team key an admin wrapped for them; an outsider cannot', async () => {
      const owner = await account();
      const invitee = await account();
      const outsider = await account();
      const team = await kh.createTeamKeys([
        { user_id: kh.newKeyId(), public_key: owner.created.public_key },
      ]);
      const own = team.members[0].wrapped_team_key;

      const forInvitee = await kh.wrapTeamKeyFor(
        owner.created.vault.privateKey,
        own,
        invitee.created.public_key,
      );
      const inviteeKey = await kh.openTeamKey(invitee.created.vault.privateKey, forInvitee);
      const teamId = kh.newKeyId();
      const keyId = kh.newKeyId();
      const enc = await kh.encryptItem(team.teamKey, teamId, keyId, 'shared');
      expect(await kh.decryptItem(inviteeKey, teamId, keyId, enc)).toBe('shared');
      await expect(
        kh.openTeamKey(outsider.created.vault.privateKey, forInvitee),
      ).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });

    it('rotation: re-encrypted items open with the new key only, and a removed member gets no copy', async () => {
      const owner = await account();
      const removed = await account();
      const ownerId = kh.newKeyId();
      const old = await kh.createTeamKeys([
        { user_id: ownerId, public_key: owner.created.public_key },
      ]);
      const teamId = kh.newKeyId();
      const keyId = kh.newKeyId();
      const before = await kh.encryptItem(old.teamKey, teamId, keyId, 'rotate me');

      const next = await kh.createTeamKeys([
        { user_id: ownerId, public_key: owner.created.public_key },
      ]);
      const value = await kh.decryptItem(old.teamKey, teamId, keyId, before);
      const after = await kh.encryptItem(next.teamKey, teamId, keyId, value);

      const ownerNewKey = await kh.openTeamKey(
        owner.created.vault.privateKey,
        next.members[0].wrapped_team_key,
      );
      expect(await kh.decryptItem(ownerNewKey, teamId, keyId, after)).toBe('rotate me');
      await expect(kh.decryptItem(old.teamKey, teamId, keyId, after)).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
      expect(next.members.map((m) => m.user_id)).toEqual([ownerId]);
      await expect(
        kh.openTeamKey(removed.created.vault.privateKey, next.members[0].wrapped_team_key),
      ).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
      expect(next.public_key).not.toBe(old.public_key);
    });

    it('the team private key opens with the team key only', async () => {
      const owner = await account();
      const team = await kh.createTeamKeys([
        { user_id: kh.newKeyId(), public_key: owner.created.public_key },
      ]);
      const privateKey = await kh.openTeamPrivateKey(team.teamKey, team.protected_private_key);
      const sealed = await kh.hpkeSeal(team.public_key, new Uint8Array([1, 2, 3]), 'x');
      expect(Array.from(await kh.hpkeOpen(privateKey, sealed, 'x'))).toEqual([1, 2, 3]);
      await expect(
        kh.openTeamPrivateKey(owner.created.vault.userKey, team.protected_private_key),
      ).rejects.toMatchObject({
        code: 'DECRYPT_FAILED',
      });
    });
  });

  it('HPKE refuses a v1 wrap, and AES unwrap refuses a v2 seal', async () => {
    const { created } = await account();
    await expect(
      kh.hpkeOpen(created.vault.privateKey, created.protected_user_key, 'x'),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_VERSION',
    });
    const v2 = await kh.hpkeSeal(created.public_key, new Uint8Array(32), 'x');
    await expect(kh.unwrapBytes(created.vault.userKey, v2, WRAP_AAD.userKey)).rejects.toMatchObject(
      {
        code: 'UNSUPPORTED_VERSION',
      },
    );
  });
});
