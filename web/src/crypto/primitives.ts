import { passwordBytes, utf8Encode, wipe, type Bytes } from './encoding';

/**
 * The raw KDF steps, shared by KeyHavenCrypto and the known-answer tests. Everything here runs
 * on the SubtleCrypto it is given; nothing is stored.
 */

export const KDF_NAME = 'pbkdf2-sha256';
export const DEFAULT_KDF_ITERATIONS = 600_000;
export const KDF_SALT_BYTES = 16;
export const HKDF_INFO_AUTH = 'keyhaven-auth';
export const HKDF_INFO_WRAP = 'keyhaven-wrap';

const EMPTY_SALT = new Uint8Array(0);

/** master_key = PBKDF2-HMAC-SHA256(NFKC(password) as UTF-8, salt, iterations, 32 bytes). */
export async function pbkdf2MasterKey(
  subtle: SubtleCrypto,
  password: string,
  salt: Bytes,
  iterations: number,
): Promise<Bytes> {
  const pw = passwordBytes(password);
  try {
    const base = await subtle.importKey('raw', pw, 'PBKDF2', false, ['deriveBits']);
    const bits = await subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      base,
      256,
    );
    return new Uint8Array(bits);
  } finally {
    wipe(pw);
  }
}

/** An HKDF-SHA256 base key over the master key, for the two derivations below. */
export function importHkdfBase(subtle: SubtleCrypto, masterKey: Bytes): Promise<CryptoKey> {
  return subtle.importKey('raw', masterKey, 'HKDF', false, ['deriveBits', 'deriveKey']);
}

export function hkdfParams(info: string): HkdfParams {
  return { name: 'HKDF', hash: 'SHA-256', salt: EMPTY_SALT, info: utf8Encode(info) };
}

/** HKDF-SHA256(master_key, salt = empty, info, 32 bytes) as raw bytes. */
export async function hkdfBytes(
  subtle: SubtleCrypto,
  base: CryptoKey,
  info: string,
): Promise<Bytes> {
  return new Uint8Array(await subtle.deriveBits(hkdfParams(info), base, 256));
}
