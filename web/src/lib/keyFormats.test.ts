import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import formatsFile from '../../../shared/core/src/main/resources/keyhaven/key-formats.json';
import {
  detectFormat,
  entropyBitsPerChar,
  fingerprintable,
  KEY_FORMATS,
  valueFingerprint,
} from './keyFormats';

// The same file and examples as the Java side (shared/core KeyFormatsTests).
describe('key formats shared with the server', () => {
  it.each(formatsFile.rules.map((r) => [r.id, r] as const))(
    '%s finds its examples first and refuses its counter-examples',
    (id, rule) => {
      for (const example of rule.examples.match) {
        expect(detectFormat(example)?.id).toBe(id);
        expect(detectFormat(` ${example}\n`)?.id).toBe(id);
        expect(fingerprintable(example)).toBe(rule.secret);
      }
      const compiled = KEY_FORMATS.find((f) => f.id === id)!;
      for (const example of rule.examples.no_match) {
        expect(compiled.pattern.test(example.trim())).toBe(false);
      }
    },
  );

  it('never fingerprints a low-entropy, short or unknown value', async () => {
    for (const low of formatsFile.low_entropy_examples) {
      expect(detectFormat(low)).toBeDefined();
      expect(fingerprintable(low)).toBe(false);
      expect(await valueFingerprint(low)).toBeUndefined();
    }
    expect(await valueFingerprint('hunter2')).toBeUndefined();
    expect(await valueFingerprint('postgres://user:pass@db/app')).toBeUndefined();
  });

  it('fingerprints as SHA-256 of the trimmed value, as the server does', async () => {
    const value = formatsFile.rules.find((r) => r.id === 'stripe-secret-key')!.examples.match[0];
    const expected = createHash('sha256').update(value).digest('hex');
    expect(await valueFingerprint(`${value}\n`)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('measures entropy per character', () => {
    expect(entropyBitsPerChar('aaaa')).toBe(0);
    expect(entropyBitsPerChar('abcd')).toBe(2);
  });
});
