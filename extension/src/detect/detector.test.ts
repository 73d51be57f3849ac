import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import formatsFile from '../../../shared/core/src/main/resources/keyhaven/key-formats.json';
import {
  findKeys,
  guessEnvironment,
  guessForSave,
  keyOfField,
  matches,
  SEARCH_RULES,
} from './detector';

const repo = new URL('../../../', import.meta.url).pathname;

describe('every format of key-formats.json', () => {
  for (const rule of formatsFile.rules) {
    it(`${rule.id}: finds its examples in text, fields and code, and not its counter-examples`, () => {
      for (const key of rule.examples.match) {
        const wrappers = [
          key,
          `Your new key: ${key}`,
          `export ${rule.service.toUpperCase()}_KEY=${key}\n`,
          `<code>"${key}"</code>`,
          `curl -H 'Authorization: Bearer ${key}' https://example.test`,
          `${key}.`,
        ];
        for (const text of wrappers) {
          const found = findKeys(text);
          expect(
            found.map((f) => [f.value, f.rule.id]),
            text,
          ).toEqual([[key, rule.id]]);
        }
        expect(keyOfField(`  ${key} `)?.rule.id).toBe(rule.id);
        // Part of a longer token is no key.
        expect(findKeys(`x${key}`)).toEqual([]);
      }
      for (const text of rule.examples.no_match) {
        expect(findKeys(text).map((f) => f.rule.id)).not.toContain(rule.id);
      }
    });
  }

  it('each search pattern is built from its rule', () => {
    expect(SEARCH_RULES.map((r) => r.id)).toEqual(formatsFile.rules.map((r) => r.id));
  });

  it('low-entropy and placeholder values are not offered', () => {
    for (const v of formatsFile.low_entropy_examples) expect(findKeys(v)).toEqual([]);
    expect(findKeys('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(findKeys('sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
  });

  it('finds several keys in one text, in order', () => {
    const [stripe] = formatsFile.rules.find((r) => r.id === 'stripe-secret-key')!.examples.match;
    const [github] = formatsFile.rules.find((r) => r.id === 'github-token')!.examples.match;
    const found = findKeys(`STRIPE=${stripe}\nGITHUB=${github}\n`);
    expect(found.map((f) => f.rule.id)).toEqual(['stripe-secret-key', 'github-token']);
  });
});

describe('save guesses', () => {
  it('a live Stripe key is Stripe, production; a test key is development', () => {
    const live = 'sk_live_hkPkenG5ZFJoC6vWCBiJmpflvJfupxqZ';
    expect(guessForSave(live)).toMatchObject({
      service: 'stripe',
      environment: 'production',
      name: 'STRIPE_API_KEY',
    });
    expect(guessForSave('rk_test_DCpYgojjHRg80USP2W5DfJXc')).toMatchObject({
      service: 'stripe',
      environment: 'development',
      name: 'STRIPE_DEVELOPMENT_API_KEY',
    });
  });

  it('page words name the environment of keys that do not', () => {
    expect(guessEnvironment('ghp_x', 'Sandbox — API keys')).toBe('development');
    expect(guessEnvironment('ghp_x', 'staging project')).toBe('staging');
    expect(guessEnvironment('ghp_x', 'Personal access tokens')).toBe('production');
  });
});

function filesUnder(dir: string, ext: RegExp, max = 40): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (out.length >= max) return;
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!['node_modules', 'target', 'dist'].includes(name)) walk(p);
      } else if (ext.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe('false positives', () => {
  it('finds (almost) nothing in ordinary pages, source files and random-looking identifiers', () => {
    const files = [
      ...filesUnder(join(repo, 'extension/test/corpus'), /\.(html|py|mjs|js|ts|txt)$/),
      ...filesUnder(join(repo, 'functions/vault/src/main/java'), /\.java$/, 30),
      ...filesUnder(join(repo, 'docs'), /\.(md|json)$/, 20),
      join(repo, 'web/package-lock.json'),
      join(repo, 'extension/package-lock.json'),
    ];
    let bytes = 0;
    let tokens = 0;
    const hits: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      bytes += text.length;
      // The strings a detector could take for a key: runs of 20+ token characters.
      tokens += text.match(/[A-Za-z0-9_+/=.-]{20,}/g)?.length ?? 0;
      for (const hit of findKeys(text)) hits.push(`${f}: ${hit.rule.id} ${hit.value}`);
    }
    const rate = hits.length / tokens;
    console.info(
      `detector corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB, ${tokens} key-like tokens, ` +
        `${hits.length} found (${(rate * 100).toFixed(3)} %)`,
    );
    expect(bytes).toBeGreaterThan(500 * 1024);
    expect(hits, hits.join('\n')).toHaveLength(0);
    expect(rate).toBeLessThan(0.001);
  });
});

describe('catastrophic backtracking', () => {
  const MB = 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const prefixes = [
    'sk-ant-api03-',
    'sk-proj-',
    'sk-',
    'sk_live_',
    'rk_test_',
    'whsec_',
    'pk_live_',
    'ghp_',
    'github_pat_',
    'AKIA',
    'xoxb-',
    'https://hooks.slack.com/services/T',
    'AIza',
    'SK',
    'AC',
    'SG.',
    're_',
    'hf_',
    'glpat-',
    'npm_',
    'dop_v1_',
    'shpat_',
    'key-',
    'pypi-AgEIcHlwaS5vcmc',
  ];
  const inputs: [string, string][] = [
    ['letters', fill('a')],
    ['one prefix, then a megabyte of key characters', `sk_live_${fill('aB3')}`],
    [
      'every prefix, then 300 key characters, then a space',
      fill(prefixes.map((p) => `${p}${'aZ9_-'.repeat(60)} `).join('')),
    ],
    ['every prefix, touching', fill(prefixes.join(''))],
    [
      'prefixes one character short of a key',
      fill(prefixes.map((p) => ` ${p}${'Ab1'.repeat(7)}`).join('')),
    ],
    ['dots and dashes', fill('SG.-_.')],
    ['hex', fill('0123456789abcdef')],
  ];

  it('no pattern takes more than 50 ms on a megabyte of hostile text', () => {
    let worst = { ms: 0, rule: '', input: '' };
    for (const [name, text] of inputs) {
      for (const rule of SEARCH_RULES) {
        // The best of three runs: the machine's other work only ever adds time, while
        // backtracking would be slow every time.
        let ms = Infinity;
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          let n = 0;
          for (const _ of matches(rule, text)) n++;
          ms = Math.min(ms, performance.now() - start);
          expect(n).toBeLessThan(MB);
        }
        if (ms > worst.ms) worst = { ms, rule: rule.id, input: name };
      }
      const start = performance.now();
      findKeys(text);
      const all = performance.now() - start;
      console.info(
        `detector: all ${SEARCH_RULES.length} formats over 1 MB of ${name}: ${all.toFixed(1)} ms`,
      );
    }
    console.info(
      `detector: slowest single pattern ${worst.ms.toFixed(1)} ms (${worst.rule} on ${worst.input})`,
    );
    expect(worst.ms).toBeLessThan(50);
  });
});
