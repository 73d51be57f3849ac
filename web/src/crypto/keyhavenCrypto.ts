import { Aes256Gcm, CipherSuite, HkdfSha256 } from '@hpke/core';
import { fingerprintText } from './fingerprint';
import { openPins, sealPins, type PinSet } from './pinnedKeys';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import { fromBase64, toBase64, utf8Decode, utf8Encode, wipe, type Bytes } from './encoding';
import { CryptoError } from './errors';
import {
  DEFAULT_KDF_ITERATIONS,
  HKDF_INFO_AUTH,
  HKDF_INFO_WRAP,
  KDF_NAME,
  KDF_SALT_BYTES,
  hkdfBytes,
  hkdfParams,
  importHkdfBase,
  pbkdf2MasterKey,
} from './primitives';
import { AES_GCM_IV_BYTES, formatWrapped, parseWrapped, X25519_ENC_BYTES } from './wrapped';

/** KDF parameters as API.md carries them (prelogin, register, login). */
export interface KdfParams {
  readonly kdf: typeof KDF_NAME;
  readonly kdf_iterations: number;
  readonly kdf_salt: string;
}

/** The result of one KDF run: what login sends, and the key that unwraps the user key. */
export interface MasterKeys {
  readonly authHash: string;
  /** Non-extractable AES-256-GCM key derived with HKDF info "keyhaven-wrap". */
  readonly wrapKey: CryptoKey;
}

/** The keys of an unlocked vault, kept in memory only and dropped on lock. */
export interface UnlockedVault {
  /** Non-extractable AES-256-GCM key of the personal vault. */
  readonly userKey: CryptoKey;
  /** The user's X25519 private key (HPKE recipient key). */
  readonly privateKey: CryptoKey;
  /** Standard base64 of the raw 32-byte X25519 public key. */
  readonly publicKey: string;
}

/** The wrapped keys a registration sends, with the vault they unlock. */
export interface NewAccount {
  readonly protected_user_key: string;
  readonly public_key: string;
  readonly protected_private_key: string;
  readonly vault: UnlockedVault;
}

/** An item's value as API.md's APIKey body carries it. */
export interface EncryptedValue {
  readonly encrypted_value: string;
  readonly iv: string;
}

/** A member to wrap a team key for. */
export interface TeamRecipient {
  readonly user_id: string;
  readonly public_key: string;
}

/** A fresh team key and key pair (team creation and key rotation). */
export interface NewTeamKeys {
  /** Non-extractable AES-256-GCM team key. */
  readonly teamKey: CryptoKey;
  readonly public_key: string;
  readonly protected_private_key: string;
  readonly members: readonly { user_id: string; wrapped_team_key: string }[];
}

export interface KeyHavenCryptoOptions {
  /** Smallest PBKDF2 iteration count accepted from a server (DESIGN.md: 600,000). */
  readonly minKdfIterations?: number;
}

/** Associated data of the AES-GCM key wraps: names what was wrapped, so wraps cannot be swapped. */
export const WRAP_AAD = {
  userKey: 'keyhaven-wrap-v1:user-key',
  userPrivateKey: 'keyhaven-wrap-v1:user-private-key',
  teamPrivateKey: 'keyhaven-wrap-v1:team-private-key',
} as const;

/** HPKE info when a team key is wrapped for a member. */
export const HPKE_INFO_TEAM_KEY = 'keyhaven-team-key-v1';
/** HPKE info prefix for values the server seals to a vault (`<prefix>:<vault_id>:<key_id>`). */
export const HPKE_INFO_SERVER_VALUE = 'keyhaven-server-value-v1';
/** Associated data prefix of an item (`<prefix>:<vault_id>:<key_id>`). */
export const ITEM_AAD_PREFIX = 'keyhaven-item-v1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const AES_KEY_BYTES = 32;
const X25519_KEY_BYTES = 32;

function canonicalId(id: string, what: string): string {
  const lower = typeof id === 'string' ? id.toLowerCase() : '';
  if (!UUID.test(lower)) throw new CryptoError('INVALID_INPUT', `${what} is not a UUID`);
  return lower;
}

/** Associated data of a team's earlier key in its key history: names the team and generation. */
export function previousTeamKeyAad(teamId: string, generation: number): string {
  if (!Number.isInteger(generation) || generation < 1)
    throw new CryptoError('INVALID_INPUT', 'generation is not a positive integer');
  return `keyhaven-wrap-v1:previous-team-key:${canonicalId(teamId, 'team id')}:${generation}`;
}

/** `keyhaven-item-v1:<vault_id>:<key_id>` as UTF-8; ids are lower-case UUIDs. */
export function itemAssociatedData(vaultId: string, keyId: string): Bytes {
  return utf8Encode(
    `${ITEM_AAD_PREFIX}:${canonicalId(vaultId, 'vault id')}:${canonicalId(keyId, 'key id')}`,
  );
}

/** `keyhaven-server-value-v1:<vault_id>:<key_id>`: the HPKE info of a server-sealed value. */
export function serverValueInfo(vaultId: string, keyId: string): string {
  return `${HPKE_INFO_SERVER_VALUE}:${canonicalId(vaultId, 'vault id')}:${canonicalId(keyId, 'key id')}`;
}

/**
 * KeyHaven's one client-side crypto facade: the key hierarchy of DESIGN.md and nothing else.
 *
 * It receives the WebCrypto `Crypto` to use (the browser's, or Node's `webcrypto` in tests);
 * AES, PBKDF2, HKDF and randomness go through it. HPKE runs in `@hpke/core` with the X25519 KEM
 * of `@hpke/dhkem-x25519`. Keys are returned as non-extractable CryptoKeys where WebCrypto allows
 * and raw key bytes are wiped after use; nothing is ever persisted or logged here.
 */
export class KeyHavenCrypto {
  private readonly subtle: SubtleCrypto;
  private readonly minKdfIterations: number;
  private readonly suite = new CipherSuite({
    kem: new DhkemX25519HkdfSha256(),
    kdf: new HkdfSha256(),
    aead: new Aes256Gcm(),
  });

  constructor(
    private readonly crypto: Crypto,
    options: KeyHavenCryptoOptions = {},
  ) {
    this.subtle = crypto.subtle;
    this.minKdfIterations = options.minKdfIterations ?? DEFAULT_KDF_ITERATIONS;
  }

  /** The fingerprint phrase of an account's public key (`fingerprint.ts`), words joined by "-". */
  fingerprint(userId: string, publicKey: string): Promise<string> {
    return fingerprintText(this.crypto, userId, publicKey);
  }

  /** The pinned public keys, encrypted under the user key for the server (`pinnedKeys.ts`). */
  sealPins(userKey: CryptoKey, ownerId: string, pins: PinSet): Promise<string> {
    return sealPins(this.crypto, userKey, ownerId, pins);
  }

  openPins(userKey: CryptoKey, ownerId: string, blob: string | null | undefined): Promise<PinSet> {
    return openPins(this.crypto, userKey, ownerId, blob);
  }

  randomBytes(length: number): Bytes {
    return this.crypto.getRandomValues(new Uint8Array(length));
  }

  /** A new item id (UUID v4), made before encrypting so the associated data can bind it. */
  newKeyId(): string {
    return this.crypto.randomUUID();
  }

  /** Fresh KDF parameters for registration or a password change. */
  newKdfParams(iterations = DEFAULT_KDF_ITERATIONS): KdfParams {
    this.checkIterations(iterations);
    return {
      kdf: KDF_NAME,
      kdf_iterations: iterations,
      kdf_salt: toBase64(this.randomBytes(KDF_SALT_BYTES)),
    };
  }

  /** The one KDF run of an unlock: PBKDF2 → HKDF → auth_hash and wrap_key. */
  async deriveMasterKeys(password: string, params: KdfParams): Promise<MasterKeys> {
    if (params.kdf !== KDF_NAME) {
      throw new CryptoError('UNSUPPORTED_VERSION', `KDF ${String(params.kdf)} is not supported`);
    }
    this.checkIterations(params.kdf_iterations);
    if (password.length === 0) throw new CryptoError('INVALID_INPUT', 'password is empty');
    const salt = fromBase64(params.kdf_salt, 'kdf_salt');
    if (salt.length < KDF_SALT_BYTES)
      throw new CryptoError('INVALID_INPUT', 'kdf_salt is too short');
    const master = await pbkdf2MasterKey(this.subtle, password, salt, params.kdf_iterations);
    try {
      const base = await importHkdfBase(this.subtle, master);
      const authKey = await hkdfBytes(this.subtle, base, HKDF_INFO_AUTH);
      const authHash = toBase64(authKey);
      wipe(authKey);
      const wrapKey = await this.subtle.deriveKey(
        hkdfParams(HKDF_INFO_WRAP),
        base,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      );
      return { authHash, wrapKey };
    } finally {
      wipe(master);
    }
  }

  /** Registration: a random user key wrapped by wrap_key, and an X25519 key pair. */
  async createAccount(master: MasterKeys): Promise<NewAccount> {
    const userKeyRaw = this.randomBytes(AES_KEY_BYTES);
    try {
      const protected_user_key = await this.wrapBytes(master.wrapKey, userKeyRaw, WRAP_AAD.userKey);
      const userKey = await this.importAesKey(userKeyRaw);
      const pair = await this.suite.kem.generateKeyPair();
      const publicRaw = new Uint8Array(await this.suite.kem.serializePublicKey(pair.publicKey));
      const privateRaw = new Uint8Array(
        await this.suite.kem.serializePrivateKey(pair.privateKey),
      ).slice();
      const protected_private_key = await this.wrapBytes(
        userKey,
        privateRaw,
        WRAP_AAD.userPrivateKey,
      );
      wipe(privateRaw);
      const public_key = toBase64(publicRaw);
      return {
        protected_user_key,
        public_key,
        protected_private_key,
        vault: { userKey, privateKey: pair.privateKey, publicKey: public_key },
      };
    } finally {
      wipe(userKeyRaw);
    }
  }

  /**
   * Unlock: unwrap the user key with wrap_key, then the private key with the user key, and check
   * that the private key belongs to the stored public key. A wrong password fails here.
   */
  async unlock(
    master: MasterKeys,
    account: { protected_user_key: string; protected_private_key: string; public_key: string },
  ): Promise<UnlockedVault> {
    const userKeyRaw = await this.unwrapBytes(
      master.wrapKey,
      account.protected_user_key,
      WRAP_AAD.userKey,
    );
    const userKey = await this.importAesKey(userKeyRaw);
    wipe(userKeyRaw);
    const privateKey = await this.unwrapPrivateKey(
      userKey,
      account.protected_private_key,
      WRAP_AAD.userPrivateKey,
    );
    await this.checkKeyPair(privateKey, account.public_key);
    return { userKey, privateKey, publicKey: account.public_key };
  }

  /** Password change: the same user key wrapped under the new wrap_key (no item changes). */
  async rewrapUserKey(
    current: MasterKeys,
    next: MasterKeys,
    protectedUserKey: string,
  ): Promise<string> {
    const raw = await this.unwrapBytes(current.wrapKey, protectedUserKey, WRAP_AAD.userKey);
    try {
      return await this.wrapBytes(next.wrapKey, raw, WRAP_AAD.userKey);
    } finally {
      wipe(raw);
    }
  }

  /**
   * Encrypt an item value with AES-256-GCM under its vault key, a fresh 12-byte IV and the
   * associated data `keyhaven-item-v1:<vault_id>:<key_id>`. `iv` is for known-answer tests only.
   */
  async encryptItem(
    vaultKey: CryptoKey,
    vaultId: string,
    keyId: string,
    value: string,
    iv: Bytes = this.randomBytes(AES_GCM_IV_BYTES),
  ): Promise<EncryptedValue> {
    if (iv.length !== AES_GCM_IV_BYTES)
      throw new CryptoError('INVALID_INPUT', 'iv is not 12 bytes');
    const additionalData = itemAssociatedData(vaultId, keyId);
    const plaintext = utf8Encode(value);
    try {
      const ct = await this.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData },
        vaultKey,
        plaintext,
      );
      return { encrypted_value: toBase64(new Uint8Array(ct)), iv: toBase64(iv) };
    } finally {
      wipe(plaintext);
    }
  }

  /** Decrypt an item value; fails if it was moved to another key or vault, or tampered with. */
  async decryptItem(
    vaultKey: CryptoKey,
    vaultId: string,
    keyId: string,
    item: EncryptedValue,
  ): Promise<string> {
    const iv = fromBase64(item.iv, 'iv');
    if (iv.length !== AES_GCM_IV_BYTES) throw new CryptoError('MALFORMED', 'iv is not 12 bytes');
    const ciphertext = fromBase64(item.encrypted_value, 'encrypted_value');
    const additionalData = itemAssociatedData(vaultId, keyId);
    let plain: ArrayBuffer;
    try {
      plain = await this.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData },
        vaultKey,
        ciphertext,
      );
    } catch {
      throw new CryptoError('DECRYPT_FAILED', 'item could not be decrypted');
    }
    const bytes = new Uint8Array(plain);
    try {
      return utf8Decode(bytes);
    } finally {
      wipe(bytes);
    }
  }

  /**
   * A new random team key and team key pair, the team key wrapped with HPKE for each recipient
   * (team creation: the creator alone; rotation: every remaining member).
   */
  async createTeamKeys(recipients: readonly TeamRecipient[]): Promise<NewTeamKeys> {
    const teamKeyRaw = this.randomBytes(AES_KEY_BYTES);
    try {
      const teamKey = await this.importAesKey(teamKeyRaw);
      const pair = await this.suite.kem.generateKeyPair();
      const publicRaw = new Uint8Array(await this.suite.kem.serializePublicKey(pair.publicKey));
      const privateRaw = new Uint8Array(
        await this.suite.kem.serializePrivateKey(pair.privateKey),
      ).slice();
      const protected_private_key = await this.wrapBytes(
        teamKey,
        privateRaw,
        WRAP_AAD.teamPrivateKey,
      );
      wipe(privateRaw);
      const members = [];
      for (const r of recipients) {
        members.push({
          user_id: r.user_id,
          wrapped_team_key: await this.hpkeSeal(r.public_key, teamKeyRaw, HPKE_INFO_TEAM_KEY),
        });
      }
      return { teamKey, public_key: toBase64(publicRaw), protected_private_key, members };
    } finally {
      wipe(teamKeyRaw);
    }
  }

  /** Open the caller's wrapped team key into a non-extractable AES key. */
  async openTeamKey(privateKey: CryptoKey, wrappedTeamKey: string): Promise<CryptoKey> {
    const raw = await this.hpkeOpen(privateKey, wrappedTeamKey, HPKE_INFO_TEAM_KEY);
    try {
      if (raw.length !== AES_KEY_BYTES)
        throw new CryptoError('MALFORMED', 'team key is not 32 bytes');
      return await this.importAesKey(raw);
    } finally {
      wipe(raw);
    }
  }

  /**
   * Team-key rotation: the outgoing team key (opened from the admin's own copy) wrapped under the
   * incoming one, so members can still open the trash and earlier versions (the key history).
   */
  async wrapPreviousTeamKey(
    privateKey: CryptoKey,
    ownWrappedTeamKey: string,
    nextTeamKey: CryptoKey,
    teamId: string,
    generation: number,
  ): Promise<string> {
    const raw = await this.hpkeOpen(privateKey, ownWrappedTeamKey, HPKE_INFO_TEAM_KEY);
    try {
      if (raw.length !== AES_KEY_BYTES)
        throw new CryptoError('MALFORMED', 'team key is not 32 bytes');
      return await this.wrapBytes(nextTeamKey, raw, previousTeamKeyAad(teamId, generation));
    } finally {
      wipe(raw);
    }
  }

  /** Opens the team key of `generation` from its wrap under the key of `generation + 1`. */
  async openPreviousTeamKey(
    nextTeamKey: CryptoKey,
    protectedKey: string,
    teamId: string,
    generation: number,
  ): Promise<CryptoKey> {
    const raw = await this.unwrapBytes(
      nextTeamKey,
      protectedKey,
      previousTeamKeyAad(teamId, generation),
    );
    try {
      return await this.importAesKey(raw);
    } finally {
      wipe(raw);
    }
  }

  /** Invite: re-wrap the team key (opened from the admin's own copy) for another member. */
  async wrapTeamKeyFor(
    privateKey: CryptoKey,
    ownWrappedTeamKey: string,
    recipientPublicKey: string,
  ): Promise<string> {
    const raw = await this.hpkeOpen(privateKey, ownWrappedTeamKey, HPKE_INFO_TEAM_KEY);
    try {
      return await this.hpkeSeal(recipientPublicKey, raw, HPKE_INFO_TEAM_KEY);
    } finally {
      wipe(raw);
    }
  }

  /**
   * A machine identity's X25519 key pair (command line in CI): the public key goes to the server,
   * the raw private key only into the token shown once. The caller wipes `privateKeyRaw`.
   */
  async newMachineKeyPair(): Promise<{ publicKey: string; privateKeyRaw: Bytes }> {
    const pair = await this.suite.kem.generateKeyPair();
    const publicRaw = new Uint8Array(await this.suite.kem.serializePublicKey(pair.publicKey));
    const privateKeyRaw = new Uint8Array(
      await this.suite.kem.serializePrivateKey(pair.privateKey),
    ).slice();
    return { publicKey: toBase64(publicRaw), privateKeyRaw };
  }

  /** The team's private key, to open values the server sealed to the team vault. */
  openTeamPrivateKey(teamKey: CryptoKey, protectedPrivateKey: string): Promise<CryptoKey> {
    return this.unwrapPrivateKey(teamKey, protectedPrivateKey, WRAP_AAD.teamPrivateKey);
  }

  /** Open a value the server sealed to a vault's public key (automated rotation). */
  async openServerSealedValue(
    vaultPrivateKey: CryptoKey,
    vaultId: string,
    keyId: string,
    sealed: string,
  ): Promise<string> {
    const bytes = await this.hpkeOpen(vaultPrivateKey, sealed, serverValueInfo(vaultId, keyId));
    try {
      return utf8Decode(bytes);
    } finally {
      wipe(bytes);
    }
  }

  /** HPKE base-mode seal to a raw X25519 public key (base64): `v2.<enc>.<ct>`. */
  async hpkeSeal(recipientPublicKey: string, plaintext: Uint8Array, info: string): Promise<string> {
    const publicRaw = fromBase64(recipientPublicKey, 'public key');
    if (publicRaw.length !== X25519_KEY_BYTES) {
      throw new CryptoError('INVALID_INPUT', 'public key is not 32 bytes');
    }
    const recipient = await this.suite.kem.deserializePublicKey(publicRaw);
    const { ct, enc } = await this.suite.seal(
      { recipientPublicKey: recipient, info: utf8Encode(info) },
      plaintext,
    );
    return formatWrapped({ version: 2, enc: new Uint8Array(enc), ciphertext: new Uint8Array(ct) });
  }

  /** HPKE base-mode open of a `v2.<enc>.<ct>` string. */
  async hpkeOpen(privateKey: CryptoKey, sealed: string, info: string): Promise<Bytes> {
    const parsed = parseWrapped(sealed);
    if (parsed.version !== 2) {
      throw new CryptoError(
        'UNSUPPORTED_VERSION',
        `expected an HPKE (v2) value, got v${parsed.version}`,
      );
    }
    try {
      const pt = await this.suite.open(
        { recipientKey: privateKey, enc: parsed.enc, info: utf8Encode(info) },
        parsed.ciphertext,
      );
      return new Uint8Array(pt);
    } catch {
      throw new CryptoError('DECRYPT_FAILED', 'HPKE value could not be opened');
    }
  }

  /** Import a raw 32-byte X25519 private key as an HPKE recipient key (vectors, tests). */
  importPrivateKey(raw: Bytes): Promise<CryptoKey> {
    if (raw.length !== X25519_KEY_BYTES) {
      throw new CryptoError('INVALID_INPUT', 'private key is not 32 bytes');
    }
    // The KEM may keep the buffer it is given: hand it a copy so callers can wipe theirs.
    return this.suite.kem.deserializePrivateKey(raw.slice());
  }

  /** Import raw AES-256 key bytes as a non-extractable AES-GCM key (vectors, tests). */
  importAesKey(raw: Bytes): Promise<CryptoKey> {
    if (raw.length !== AES_KEY_BYTES) throw new CryptoError('INVALID_INPUT', 'key is not 32 bytes');
    return this.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  }

  /** AES-256-GCM key wrap: `v1.<iv>.<ct>`. `iv` is for known-answer tests only. */
  async wrapBytes(
    key: CryptoKey,
    plaintext: Bytes,
    aad: string,
    iv: Bytes = this.randomBytes(AES_GCM_IV_BYTES),
  ): Promise<string> {
    const ct = await this.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8Encode(aad) },
      key,
      plaintext,
    );
    return formatWrapped({ version: 1, iv, ciphertext: new Uint8Array(ct) });
  }

  /** Open a `v1.<iv>.<ct>` wrap; a wrong key (wrong password) or tampering fails. */
  async unwrapBytes(key: CryptoKey, wrapped: string, aad: string): Promise<Bytes> {
    const parsed = parseWrapped(wrapped);
    if (parsed.version !== 1) {
      throw new CryptoError(
        'UNSUPPORTED_VERSION',
        `expected an AES-GCM (v1) wrap, got v${parsed.version}`,
      );
    }
    try {
      const pt = await this.subtle.decrypt(
        { name: 'AES-GCM', iv: parsed.iv, additionalData: utf8Encode(aad) },
        key,
        parsed.ciphertext,
      );
      return new Uint8Array(pt);
    } catch {
      throw new CryptoError('DECRYPT_FAILED', 'wrapped key could not be opened');
    }
  }

  private async unwrapPrivateKey(key: CryptoKey, wrapped: string, aad: string): Promise<CryptoKey> {
    const raw = await this.unwrapBytes(key, wrapped, aad);
    try {
      return await this.importPrivateKey(raw);
    } finally {
      wipe(raw);
    }
  }

  private async checkKeyPair(privateKey: CryptoKey, publicKey: string): Promise<void> {
    const probe = this.randomBytes(16);
    const sealed = await this.hpkeSeal(publicKey, probe, 'keyhaven-key-check-v1');
    const opened = await this.hpkeOpen(privateKey, sealed, 'keyhaven-key-check-v1').catch(
      () => null,
    );
    if (!opened || toBase64(opened) !== toBase64(probe)) {
      throw new CryptoError('DECRYPT_FAILED', 'private key does not match the public key');
    }
  }

  private checkIterations(iterations: number): void {
    if (!Number.isSafeInteger(iterations) || iterations < this.minKdfIterations) {
      throw new CryptoError(
        'WEAK_KDF',
        `KDF iterations below ${this.minKdfIterations} are refused`,
      );
    }
  }
}

/** Splits Tink's HPKE output (enc || ciphertext) into a `v2` string, and back. */
export function tinkCiphertextToWrapped(ciphertext: Bytes): string {
  if (ciphertext.length < X25519_ENC_BYTES + 16) {
    throw new CryptoError('MALFORMED', 'HPKE ciphertext is too short');
  }
  return formatWrapped({
    version: 2,
    enc: ciphertext.slice(0, X25519_ENC_BYTES),
    ciphertext: ciphertext.slice(X25519_ENC_BYTES),
  });
}

export function wrappedToTinkCiphertext(wrapped: string): Bytes {
  const parsed = parseWrapped(wrapped);
  if (parsed.version !== 2) throw new CryptoError('UNSUPPORTED_VERSION', 'not an HPKE (v2) value');
  const out = new Uint8Array(parsed.enc.length + parsed.ciphertext.length);
  out.set(parsed.enc, 0);
  out.set(parsed.ciphertext, parsed.enc.length);
  return out;
}
