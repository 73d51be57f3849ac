// Writes the `sealed_by_ts` section of ../shared/test-vectors/sealed-box.json: libsodium sealed
// boxes (crypto_box_seal, GitHub's Actions secret format) with their recipient key pairs, which
// the Java SealedBox must open. The Java generator (SealedBoxVectorGenerator) fills
// `sealed_by_java`, which src/crypto/sealedBox.test.ts opens with libsodium; each keeps the other's
// section. Run: node scripts/gen-sealed-box-vectors.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sodium from 'libsodium-wrappers';

await sodium.ready;
const here = dirname(fileURLToPath(import.meta.url));
const path = resolve(here, '../../shared/test-vectors/sealed-box.json');
const previous = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
const b64 = (bytes) => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

const cases = [
  ['empty', ''],
  ['ascii key', 'sk_live_51HxAbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  ['utf8 value', 'clé-secrète-ünïcødé-秘密-ключ'],
  ['emoji value', '🔑🚀 token-✨-🦄'],
  ['long value', 'x'.repeat(64) + '-' + 'y'.repeat(1000)],
];
const sealedByTs = cases.map(([name, plaintext]) => {
  const pair = sodium.crypto_box_keypair();
  const sealed = sodium.crypto_box_seal(sodium.from_string(plaintext), pair.publicKey);
  return {
    name,
    public_key: b64(pair.publicKey),
    secret_key: b64(pair.privateKey),
    plaintext,
    sealed: b64(sealed),
  };
});

const out = {
  description:
    'libsodium sealed boxes (crypto_box_seal): sealed_by_ts made by libsodium-wrappers, ' +
    'sealed_by_java by pro.keyhaven.shared.github.SealedBox; each side opens the other. ' +
    'Keys are base64 (standard); test-only key pairs.',
  sealed_by_java: previous.sealed_by_java ?? [],
  sealed_by_ts: sealedByTs,
};
writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
process.stdout.write(`wrote ${path} sealed_by_ts (${sealedByTs.length})\n`);
