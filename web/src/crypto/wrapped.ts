import { fromBase64, toBase64, type Bytes } from './encoding';
import { CryptoError } from './errors';

/**
 * Self-describing wrapped-key strings (API.md: `v<n>.<base64>[.<base64>...]`, at most 4 KiB).
 *
 * - `v1.<iv>.<ct>`: AES-256-GCM key wrapping; iv is 12 bytes, ct is ciphertext||tag.
 * - `v2.<enc>.<ct>`: HPKE base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM;
 *   enc is the 32-byte encapsulated key, ct is ciphertext||tag.
 *
 * Any other version is refused, so a future format can never be misread as an old one.
 */
export type WrappedKey =
  | { readonly version: 1; readonly iv: Bytes; readonly ciphertext: Bytes }
  | { readonly version: 2; readonly enc: Bytes; readonly ciphertext: Bytes };

export const MAX_WRAPPED_LENGTH = 4096;
export const AES_GCM_IV_BYTES = 12;
export const AES_GCM_TAG_BYTES = 16;
export const X25519_ENC_BYTES = 32;

const VERSION_PREFIX = /^v([0-9]+)\./;

export function formatWrapped(wrapped: WrappedKey): string {
  const text =
    wrapped.version === 1
      ? `v1.${toBase64(wrapped.iv)}.${toBase64(wrapped.ciphertext)}`
      : `v2.${toBase64(wrapped.enc)}.${toBase64(wrapped.ciphertext)}`;
  if (text.length > MAX_WRAPPED_LENGTH) {
    throw new CryptoError('INVALID_INPUT', 'wrapped key is longer than 4 KiB');
  }
  return text;
}

export function parseWrapped(text: string): WrappedKey {
  if (typeof text !== 'string' || text.length > MAX_WRAPPED_LENGTH) {
    throw new CryptoError('MALFORMED', 'wrapped key is missing or longer than 4 KiB');
  }
  const match = VERSION_PREFIX.exec(text);
  if (!match) throw new CryptoError('MALFORMED', 'wrapped key has no version prefix');
  const version = match[1];
  const parts = text.split('.');
  if (version === '1') {
    if (parts.length !== 3) throw new CryptoError('MALFORMED', 'v1 wrapped key needs 2 parts');
    const iv = fromBase64(parts[1], 'v1 iv');
    const ciphertext = fromBase64(parts[2], 'v1 ciphertext');
    if (iv.length !== AES_GCM_IV_BYTES) throw new CryptoError('MALFORMED', 'v1 iv is not 12 bytes');
    if (ciphertext.length < AES_GCM_TAG_BYTES) {
      throw new CryptoError('MALFORMED', 'v1 ciphertext is too short');
    }
    return { version: 1, iv, ciphertext };
  }
  if (version === '2') {
    if (parts.length !== 3) throw new CryptoError('MALFORMED', 'v2 wrapped key needs 2 parts');
    const enc = fromBase64(parts[1], 'v2 enc');
    const ciphertext = fromBase64(parts[2], 'v2 ciphertext');
    if (enc.length !== X25519_ENC_BYTES) {
      throw new CryptoError('MALFORMED', 'v2 enc is not 32 bytes');
    }
    if (ciphertext.length < AES_GCM_TAG_BYTES) {
      throw new CryptoError('MALFORMED', 'v2 ciphertext is too short');
    }
    return { version: 2, enc, ciphertext };
  }
  throw new CryptoError('UNSUPPORTED_VERSION', `wrapped key version v${version} is not supported`);
}
