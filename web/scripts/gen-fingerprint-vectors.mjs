// Writes ../shared/test-vectors/fingerprint.json: fingerprint phrases computed here with node:crypto
// (createHash, createHmac, BigInt), independently of src/crypto/fingerprint.ts, which the Vitest
// suite checks against this file. Run: node scripts/gen-fingerprint-vectors.mjs
import { createHash, createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = readFileSync(resolve(here, '../src/crypto/effLongWordlist.ts'), 'utf8');
const words = [...source.matchAll(/'([^']*)'/g)]
  .map((m) => m[1])
  .join('')
  .split(' ')
  .filter((w) => w.length > 0);
if (words.length !== 7776) throw new Error(`wordlist has ${words.length} words`);

function phrase(material, publicKey) {
  const prk = createHash('sha256').update(publicKey).digest();
  const okm = createHmac('sha256', prk)
    .update(Buffer.concat([Buffer.from(material, 'utf8'), Buffer.from([1])]))
    .digest();
  let n = BigInt('0x' + okm.toString('hex'));
  const out = [];
  for (let i = 0; i < 5; i++) {
    out.push(words[Number(n % 7776n)]);
    n /= 7776n;
  }
  return out.join('-');
}

const key = (seed) => Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 7 + seed) & 0xff));
const accounts = [
  ['5d9c8f0e-3a4b-4c1d-9e2f-0a1b2c3d4e5f', key(1)],
  ['00000000-0000-4000-8000-000000000001', key(2)],
  ['00000000-0000-4000-8000-000000000001', key(3)],
  ['ffffffff-ffff-4fff-bfff-ffffffffffff', Buffer.alloc(32, 0)],
];
const vectors = {
  description:
    'Fingerprint phrases: SHA-256(raw public key) as HKDF PRK, HKDF-Expand-SHA256(info = user id, 32 bytes), big-endian number in base 7776 over the EFF long wordlist, 5 words least significant first, joined with "-" (docs/crypto.md).',
  accounts: accounts.map(([user_id, pk]) => ({
    user_id,
    public_key: pk.toString('base64'),
    phrase: phrase(user_id, pk),
  })),
  // The same algorithm on a non-key input, as a Bitwarden-compatible implementation publishes it.
  interop: [
    {
      fingerprint_material: 'test-app-id',
      public_key_utf8: 'test-public-key',
      phrase: phrase('test-app-id', Buffer.from('test-public-key', 'utf8')),
    },
  ],
};
writeFileSync(
  resolve(here, '../../shared/test-vectors/fingerprint.json'),
  JSON.stringify(vectors, null, 2) + '\n',
);
console.log(JSON.stringify(vectors, null, 2));
