import { fromBase64, toBase64, utf8Decode, utf8Encode, type Bytes } from './encoding';
import { CryptoError } from './errors';

/** One public key the user has confirmed (after comparing its fingerprint phrase). */
export interface PinnedKey {
  /** Standard base64 of the raw X25519 public key. */
  readonly public_key: string;
  /** Whose key it is, as the user saw it when pinning. */
  readonly email: string;
  readonly pinned_at: string;
}

/** The plaintext of the pinned-keys blob: pinned keys by account id. */
export interface PinSet {
  readonly v: 1;
  readonly keys: Readonly<Record<string, PinnedKey>>;
}

export const EMPTY_PINS: PinSet = { v: 1, keys: {} };

/** Associated data of the blob: binds it to its owner, so one user's pins cannot be another's. */
export const PINNED_KEYS_AAD_PREFIX = 'keyhaven-pinned-keys-v1';

/** Largest blob the server stores (docs/api-notes.md). */
export const MAX_PINNED_BLOB = 60_000;

export type PinCheck =
  | { readonly status: 'match' }
  | { readonly status: 'unpinned' }
  | { readonly status: 'mismatch'; readonly pinned: PinnedKey };

/**
 * Compares a public key the server returned for an account with the pinned one. A mismatch means
 * the server (or the account) now answers a key the user never confirmed: never wrap to it
 * silently.
 */
export function checkPin(pins: PinSet, userId: string, publicKey: string): PinCheck {
  const pinned = pins.keys[userId];
  if (!pinned) return { status: 'unpinned' };
  return pinned.public_key === publicKey ? { status: 'match' } : { status: 'mismatch', pinned };
}

/** A copy of `pins` with `userId`'s key pinned (replacing an earlier pin of that account). */
export function withPin(
  pins: PinSet,
  userId: string,
  email: string,
  publicKey: string,
  now: Date = new Date(),
): PinSet {
  fromBase64(publicKey, 'public_key');
  return {
    v: 1,
    keys: {
      ...pins.keys,
      [userId]: { public_key: publicKey, email, pinned_at: now.toISOString() },
    },
  };
}

/**
 * Encrypts the pin set under the user key: `v1.<iv>.<ct>` (AES-256-GCM, fresh 12-byte IV, AAD
 * `keyhaven-pinned-keys-v1:<owner id>`), the wrapped-key form without its 4 KiB cap.
 */
export async function sealPins(
  crypto: Crypto,
  userKey: CryptoKey,
  ownerId: string,
  pins: PinSet,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12)) as Bytes;
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(ownerId) },
    userKey,
    utf8Encode(JSON.stringify(pins)),
  );
  const blob = `v1.${toBase64(iv)}.${toBase64(new Uint8Array(ct))}`;
  if (blob.length > MAX_PINNED_BLOB) {
    throw new CryptoError('INVALID_INPUT', 'too many pinned keys');
  }
  return blob;
}

/** Opens a blob from {@link sealPins}; a wrong owner, key or any tampering fails. */
export async function openPins(
  crypto: Crypto,
  userKey: CryptoKey,
  ownerId: string,
  blob: string | null | undefined,
): Promise<PinSet> {
  if (!blob) return EMPTY_PINS;
  const parts = blob.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1' || blob.length > MAX_PINNED_BLOB) {
    throw new CryptoError('MALFORMED', 'pinned keys are not a v1 blob');
  }
  const iv = fromBase64(parts[1], 'iv');
  const ct = fromBase64(parts[2], 'ciphertext');
  if (iv.length !== 12 || ct.length < 17) {
    throw new CryptoError('MALFORMED', 'pinned keys are not a v1 blob');
  }
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv, additionalData: aad(ownerId) },
        userKey,
        ct,
      ),
    );
  } catch {
    throw new CryptoError('DECRYPT_FAILED', 'pinned keys could not be opened');
  }
  const parsed = JSON.parse(utf8Decode(plain)) as PinSet;
  if (parsed?.v !== 1 || typeof parsed.keys !== 'object' || parsed.keys === null) {
    throw new CryptoError('MALFORMED', 'pinned keys have an unknown shape');
  }
  return parsed;
}

function aad(ownerId: string): Bytes {
  return utf8Encode(`${PINNED_KEYS_AAD_PREFIX}:${ownerId.toLowerCase()}`);
}
