import { describe, expect, it } from 'vitest';
import { toBase64 } from './encoding';
import { formatWrapped, MAX_WRAPPED_LENGTH, parseWrapped } from './wrapped';

const iv = toBase64(new Uint8Array(12).fill(1));
const enc = toBase64(new Uint8Array(32).fill(2));
const ct = toBase64(new Uint8Array(48).fill(3));

describe('wrapped-key strings', () => {
  it('parse v1 (AES-GCM) and v2 (HPKE) and format them back', () => {
    const v1 = parseWrapped(`v1.${iv}.${ct}`);
    expect(v1.version).toBe(1);
    expect(formatWrapped(v1)).toBe(`v1.${iv}.${ct}`);
    const v2 = parseWrapped(`v2.${enc}.${ct}`);
    expect(v2.version).toBe(2);
    expect(formatWrapped(v2)).toBe(`v2.${enc}.${ct}`);
  });

  it.each(['v0', 'v3', 'v10', 'v99'])('refuse unknown version %s', (v) => {
    expect(() => parseWrapped(`${v}.${enc}.${ct}`)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
  });

  it.each([
    ['no prefix', `${iv}.${ct}`],
    ['empty', ''],
    ['one part', `v1.${iv}`],
    ['extra part', `v1.${iv}.${ct}.${ct}`],
    ['url-safe base64', `v2.${enc.replace(/A/g, '-')}.${ct}`],
    ['missing padding', `v1.${iv}.${ct.replace(/=+$/, '')}x`],
    ['v1 iv of 16 bytes', `v1.${toBase64(new Uint8Array(16))}.${ct}`],
    ['v2 enc of 31 bytes', `v2.${toBase64(new Uint8Array(31))}.${ct}`],
    ['ciphertext shorter than a tag', `v1.${iv}.${toBase64(new Uint8Array(8))}`],
    ['whitespace', `v1. ${iv}.${ct}`],
  ])('refuse a malformed string (%s)', (_name, text) => {
    expect(() => parseWrapped(text)).toThrow(expect.objectContaining({ code: 'MALFORMED' }));
  });

  it('refuses more than 4 KiB', () => {
    const big = `v2.${enc}.${toBase64(new Uint8Array(3100))}`;
    expect(big.length).toBeGreaterThan(MAX_WRAPPED_LENGTH);
    expect(() => parseWrapped(big)).toThrow(expect.objectContaining({ code: 'MALFORMED' }));
  });
});
