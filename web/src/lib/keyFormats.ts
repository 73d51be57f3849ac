// The known API key formats, from the file the server and the extension read too
// (shared/core/src/main/resources/keyhaven/key-formats.json). A value is fingerprinted only when
// it matches a secret format and is long and random enough that its SHA-256 cannot be reversed
// by guessing (docs/fingerprints.md).
import formatsFile from '../../../shared/core/src/main/resources/keyhaven/key-formats.json';

export interface KeyFormat {
  id: string;
  service: string;
  label: string;
  pattern: RegExp;
  secret: boolean;
}

export const KEY_FORMATS: readonly KeyFormat[] = formatsFile.rules.map((r) => ({
  id: r.id,
  service: r.service,
  label: r.label,
  pattern: new RegExp(r.pattern),
  secret: r.secret,
}));

const MIN_LENGTH = formatsFile.min_length;
const MIN_ENTROPY = formatsFile.min_entropy_bits_per_char;

/** The first format the trimmed value matches. */
export function detectFormat(value: string): KeyFormat | undefined {
  const v = value.trim();
  return KEY_FORMATS.find((f) => f.pattern.test(v));
}

/** Shannon entropy of the characters of `s`, in bits per character. */
export function entropyBitsPerChar(s: string): number {
  const chars = [...s];
  if (chars.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Whether a value may be fingerprinted: a secret format, long and random enough. */
export function fingerprintable(value: string): boolean {
  const v = value.trim();
  return (
    v.length >= MIN_LENGTH &&
    entropyBitsPerChar(v) >= MIN_ENTROPY &&
    detectFormat(v)?.secret === true
  );
}

/**
 * SHA-256 of the trimmed value, lowercase hex, or `undefined` when the value must not be
 * fingerprinted. The server compares it with a leaked secret GitHub reports, never more.
 */
export async function valueFingerprint(value: string): Promise<string | undefined> {
  if (!fingerprintable(value)) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value.trim()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
