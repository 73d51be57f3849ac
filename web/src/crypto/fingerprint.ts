import { concatBytes, fromBase64, utf8Encode, type Bytes } from './encoding';
import { CryptoError } from './errors';

/** Words in a fingerprint phrase: 5 × log2(7776) ≈ 64.6 bits, as Bitwarden. */
export const FINGERPRINT_WORDS = 5;

/**
 * The fingerprint phrase of an account's public key, computed as Bitwarden does: SHA-256 of the
 * raw public key is the HKDF pseudorandom key, HKDF-Expand (SHA-256) with the account's id as info
 * gives 32 bytes, and that number (big-endian) written in base 7,776 picks 5 words of the EFF long
 * wordlist, least significant digit first. Two people compare it out of band before a team key is
 * wrapped to the key (docs/crypto.md, "Fingerprint phrase").
 */
export async function fingerprintPhrase(
  crypto: Crypto,
  fingerprintMaterial: string,
  publicKey: string | Uint8Array,
): Promise<string[]> {
  const raw = typeof publicKey === 'string' ? fromBase64(publicKey, 'public_key') : publicKey;
  const subtle = crypto.subtle;
  const prk = new Uint8Array(await subtle.digest('SHA-256', raw as Bytes));
  const okm = await hkdfExpandSha256(subtle, prk, utf8Encode(fingerprintMaterial));
  const { EFF_LONG_WORDLIST } = await import('./effLongWordlist');
  return hashPhrase(okm, EFF_LONG_WORDLIST);
}

/** The phrase as people read it: words joined by hyphens. */
export async function fingerprintText(
  crypto: Crypto,
  fingerprintMaterial: string,
  publicKey: string | Uint8Array,
): Promise<string> {
  return (await fingerprintPhrase(crypto, fingerprintMaterial, publicKey)).join('-');
}

/** RFC 5869 HKDF-Expand with HMAC-SHA256 for 32 bytes: T(1) = HMAC(prk, info ‖ 0x01). */
async function hkdfExpandSha256(subtle: SubtleCrypto, prk: Bytes, info: Bytes): Promise<Bytes> {
  const key = await subtle.importKey('raw', prk, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle.sign('HMAC', key, concatBytes(info, new Uint8Array([1]))));
}

/** The hash as a big-endian number, its base-N digits (least significant first) as words. */
export function hashPhrase(hash: Uint8Array, words: readonly string[]): string[] {
  if (words.length !== 7776) throw new CryptoError('INVALID_INPUT', 'wordlist is not 7,776 words');
  let n = 0n;
  for (const b of hash) n = (n << 8n) | BigInt(b);
  const base = BigInt(words.length);
  const phrase: string[] = [];
  for (let i = 0; i < FINGERPRINT_WORDS; i++) {
    phrase.push(words[Number(n % base)]);
    n /= base;
  }
  return phrase;
}
