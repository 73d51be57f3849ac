import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envName, formatEnvFile, parseEnvFile } from './envFile';

/** Property tests of the .env parser with fast-check: arbitrary and hostile files. */
describe('the .env parser under fast-check', () => {
  it('reads back exactly what the exporter wrote, for any names and any non-empty values', () => {
    const entry = fc.record({
      name: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,24}$/),
      // Any code points, lone surrogates, quotes, backslashes, $, tabs and line breaks included.
      value: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: (e) => envName(e.name), maxLength: 20 }),
        (entries) => {
          const parsed = parseEnvFile(formatEnvFile(entries, 'exported'));
          const read = parsed.filter((l) => l.kind === 'entry');
          expect(parsed.filter((l) => l.kind === 'error')).toEqual([]);
          expect(read.map((l) => (l.kind === 'entry' ? [l.name, l.value] : null))).toEqual(
            entries.map((e) => [envName(e.name), e.value]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any text and reports lines in order, each at most once', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      // Lines made of the characters the parser gives meaning to.
      fc
        .array(fc.stringMatching(/^(export )?[A-Z_=#"' \\\t$a-z0-9]{0,30}$/), { maxLength: 40 })
        .map((lines) => lines.join('\n')),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const out = parseEnvFile(text);
        const lines = out.map((l) => l.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        expect(new Set(lines).size).toBe(lines.length);
        const count = text.split(/\r?\n/).length;
        for (const l of out) {
          expect(l.line).toBeGreaterThanOrEqual(1);
          expect(l.line).toBeLessThanOrEqual(count);
          if (l.kind === 'entry') expect(l.value).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an unterminated quote before 20,000 lines is reported without rescanning every line', () => {
    const text = `A="never closed\n${'B=x\n'.repeat(20_000)}`;
    const started = performance.now();
    const out = parseEnvFile(text);
    const ms = performance.now() - started;
    expect(out[0]).toEqual({ line: 1, kind: 'error', reason: 'unterminated quote' });
    // The lines after it are still read (the quote does not swallow the file).
    expect(out.filter((l) => l.kind === 'entry')).toHaveLength(1);
    process.stdout.write(
      `envFile: an unterminated quote before 20,000 lines parsed in ${ms.toFixed(0)} ms\n`,
    );
  });
});
