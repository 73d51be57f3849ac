import { describe, expect, it } from 'vitest';
import { envName, formatEnvFile, parseEnvFile } from './envFile';

describe('parseEnvFile', () => {
  it('reads plain, exported, quoted and commented lines, with a result per line', () => {
    const text = [
      '# payments',
      'STRIPE_SECRET_KEY=sk_live_abc123',
      'export OPENAI_API_KEY="sk-proj-xyz"',
      "SINGLE='lit\\eral $HOME'",
      'DOUBLE="line1\\nline2 \\"q\\""',
      'WITH_COMMENT=value # trailing',
      'HASH_IN_VALUE=abc#def',
      '',
      'EMPTY=',
      'not a line',
      '1BAD=x',
      'UNTERMINATED="abc',
      'STRIPE_SECRET_KEY=again',
      'UTF8=clé🔑',
    ].join('\r\n');
    expect(parseEnvFile(text)).toEqual([
      { line: 1, kind: 'skip', reason: 'comment' },
      { line: 2, kind: 'entry', name: 'STRIPE_SECRET_KEY', value: 'sk_live_abc123' },
      { line: 3, kind: 'entry', name: 'OPENAI_API_KEY', value: 'sk-proj-xyz' },
      { line: 4, kind: 'entry', name: 'SINGLE', value: 'lit\\eral $HOME' },
      { line: 5, kind: 'entry', name: 'DOUBLE', value: 'line1\nline2 "q"' },
      { line: 6, kind: 'entry', name: 'WITH_COMMENT', value: 'value' },
      { line: 7, kind: 'entry', name: 'HASH_IN_VALUE', value: 'abc#def' },
      { line: 9, kind: 'skip', reason: 'EMPTY is empty' },
      { line: 10, kind: 'error', reason: 'expected NAME=value' },
      { line: 11, kind: 'error', reason: 'invalid variable name "1BAD"' },
      { line: 12, kind: 'error', reason: 'unterminated quote' },
      { line: 13, kind: 'skip', reason: 'STRIPE_SECRET_KEY repeats line 2' },
      { line: 14, kind: 'entry', name: 'UTF8', value: 'clé🔑' },
    ]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseEnvFile('\uFEFFA=1')).toEqual([{ line: 1, kind: 'entry', name: 'A', value: '1' }]);
  });
});

describe('formatEnvFile', () => {
  it('writes a file that parses back to the same values', () => {
    const entries = [
      { name: 'Stripe live key', value: 'sk_live_abc' },
      { name: 'quote"d', value: 'has "quotes", spaces and $dollar\nnewline' },
      { name: 'emoji', value: '🔑 clé' },
      { name: 'Stripe live key', value: 'second' },
    ];
    const parsed = parseEnvFile(formatEnvFile(entries, 'export'));
    expect(parsed.filter((l) => l.kind === 'entry')).toEqual([
      { line: 2, kind: 'entry', name: 'STRIPE_LIVE_KEY', value: 'sk_live_abc' },
      {
        line: 3,
        kind: 'entry',
        name: 'QUOTE_D',
        value: 'has "quotes", spaces and $dollar\nnewline',
      },
      { line: 4, kind: 'entry', name: 'EMOJI', value: '🔑 clé' },
      { line: 5, kind: 'entry', name: 'STRIPE_LIVE_KEY_2', value: 'second' },
    ]);
  });

  it('makes valid variable names', () => {
    expect(envName('  my-key.v2 ')).toBe('MY_KEY_V2');
    expect(envName('2fa')).toBe('_2FA');
    expect(envName('🔑')).toBe('KEY');
  });
});

describe('multi-line values', () => {
  const PEM = [
    '-----BEGIN PRIVATE KEY-----',
    'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
    'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
    '-----END PRIVATE KEY-----',
  ].join('\n');

  it('reads a double- or single-quoted value that goes over several lines, line breaks kept', () => {
    const text = `A=1\nTLS_KEY="${PEM}"\nB='x\ny'\nC=3\n`;
    expect(parseEnvFile(text)).toEqual([
      { line: 1, kind: 'entry', name: 'A', value: '1' },
      { line: 2, kind: 'entry', name: 'TLS_KEY', value: PEM },
      { line: 6, kind: 'entry', name: 'B', value: 'x\ny' },
      { line: 8, kind: 'entry', name: 'C', value: '3' },
    ]);
  });

  it('writes a PEM key that reads back byte for byte, CRLF and trailing newline included', () => {
    for (const value of [PEM, `${PEM}\n`, PEM.replace(/\n/g, '\r\n'), 'a "quoted" $HOME \\ x']) {
      const [entry] = parseEnvFile(formatEnvFile([{ name: 'TLS_KEY', value }]));
      expect(entry).toEqual({ line: 1, kind: 'entry', name: 'TLS_KEY', value });
    }
  });

  it('an unclosed quote is an error on its line and the lines after it still parse', () => {
    expect(parseEnvFile('A="open\nB=2\n')).toEqual([
      { line: 1, kind: 'error', reason: 'unterminated quote' },
      { line: 2, kind: 'entry', name: 'B', value: '2' },
    ]);
  });
});
