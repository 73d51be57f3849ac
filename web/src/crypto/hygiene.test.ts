import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Key material stays in memory: the crypto module never touches storage, logs or URLs.
const dir = import.meta.dirname;
const sources = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts',
);

describe('crypto module hygiene', () => {
  it.each(sources)('%s uses no storage, logging or URLs', (file) => {
    const text = readFileSync(resolve(dir, file), 'utf8');
    for (const banned of [
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'console.',
      'location',
      'document.cookie',
      'fetch(',
    ]) {
      expect(text, `${file} mentions ${banned}`).not.toContain(banned);
    }
  });
});
