import { CryptoError } from './errors';

/** Bytes backed by a plain ArrayBuffer, as WebCrypto's BufferSource wants them. */
export type Bytes = Uint8Array<ArrayBuffer>;

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 (RFC 4648 section 4, with padding), as API.md uses for every binary field. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Strict standard base64 decoding: no whitespace, no URL alphabet, correct padding. */
export function fromBase64(text: string, what = 'value'): Bytes {
  if (typeof text !== 'string' || !STANDARD_BASE64.test(text)) {
    throw new CryptoError('MALFORMED', `${what} is not standard base64`);
  }
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function utf8Encode(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The master password as the KDF sees it: NFKC-normalized, then UTF-8. */
export function passwordBytes(password: string): Bytes {
  return utf8Encode(password.normalize('NFKC'));
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Best-effort wipe of a buffer that held key material (JS gives no stronger guarantee). */
export function wipe(...buffers: (Uint8Array | undefined)[]): void {
  for (const b of buffers) b?.fill(0);
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
