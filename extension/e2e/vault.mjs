// The browser test's own KeyHaven client, written from docs/crypto.md with node:crypto alone
// (none of the dashboard's code): it makes an account and, after the extension saved a key,
// reads the vault through the API and decrypts the key to compare.
import {
  createCipheriv,
  createDecipheriv,
  generateKeyPairSync,
  hkdfSync,
  pbkdf2Sync,
  randomBytes,
} from 'node:crypto';

const ITERATIONS = 600_000;
const b64 = (buf) => Buffer.from(buf).toString('base64');
const fromB64url = (s) => Buffer.from(s, 'base64url');

function master(password, kdf) {
  const mk = pbkdf2Sync(
    Buffer.from(password.normalize('NFKC')),
    Buffer.from(kdf.kdf_salt, 'base64'),
    kdf.kdf_iterations,
    32,
    'sha256',
  );
  const auth = Buffer.from(hkdfSync('sha256', mk, Buffer.alloc(0), 'keyhaven-auth', 32));
  const wrap = Buffer.from(hkdfSync('sha256', mk, Buffer.alloc(0), 'keyhaven-wrap', 32));
  return { authHash: b64(auth), wrap };
}

function seal(key, plain, aad) {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
  return { iv, ct };
}

function open(key, iv, data, aad) {
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([d.update(data.subarray(0, data.length - 16)), d.final()]);
}

function wrapText(key, plain, aad) {
  const { iv, ct } = seal(key, plain, aad);
  return `v1.${b64(iv)}.${b64(ct)}`;
}

function unwrapText(key, text, aad) {
  const [v, iv, ct] = text.split('.');
  if (v !== 'v1') throw new Error(`unexpected wrap ${v}`);
  return open(key, Buffer.from(iv, 'base64'), Buffer.from(ct, 'base64'), aad);
}

async function call(base, method, path, body, token) {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export async function register(base, email, password) {
  const kdf = { kdf: 'pbkdf2-sha256', kdf_iterations: ITERATIONS, kdf_salt: b64(randomBytes(16)) };
  const m = master(password, kdf);
  const userKey = randomBytes(32);
  const pair = generateKeyPairSync('x25519');
  const pub = fromB64url(pair.publicKey.export({ format: 'jwk' }).x);
  const priv = fromB64url(pair.privateKey.export({ format: 'jwk' }).d);
  await call(base, 'POST', '/auth/register', {
    email,
    auth_hash: m.authHash,
    ...kdf,
    protected_user_key: wrapText(m.wrap, userKey, 'keyhaven-wrap-v1:user-key'),
    public_key: b64(pub),
    protected_private_key: wrapText(userKey, priv, 'keyhaven-wrap-v1:user-private-key'),
  });
}

/** Logs in and answers every personal key of the vault with its decrypted value. */
export async function readVault(base, email, password) {
  const kdf = await call(base, 'POST', '/auth/prelogin', { email });
  const m = master(password, kdf);
  const login = await call(base, 'POST', '/auth/login', { email, auth_hash: m.authHash });
  const userKey = unwrapText(m.wrap, login.protected_user_key, 'keyhaven-wrap-v1:user-key');
  const page = await call(base, 'GET', '/keys?size=200', undefined, login.access_token);
  return Promise.all(
    page.items.map(async (k) => {
      const full = await call(base, 'GET', `/keys/${k.id}`, undefined, login.access_token);
      const aad = `keyhaven-item-v1:${login.user.id.toLowerCase()}:${k.id.toLowerCase()}`;
      const value = open(
        userKey,
        Buffer.from(full.iv, 'base64'),
        Buffer.from(full.encrypted_value, 'base64'),
        aad,
      ).toString('utf8');
      return { ...full, value };
    }),
  );
}
