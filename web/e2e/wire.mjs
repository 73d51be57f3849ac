// Watches every request a browser context sends and proves that no plaintext value, password
// or key material leaves the browser outside the documented ciphertext fields of API.md.

const B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const WRAPPED = /^v[12]\.[A-Za-z0-9+/]+={0,2}\.[A-Za-z0-9+/]+={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]+$/;
const b64len = (s) => (typeof s === 'string' && B64.test(s) ? Buffer.from(s, 'base64').length : -1);

/** Fields that may carry ciphertext, wrapped keys or derived values, with their shape. */
const DOCUMENTED = {
  encrypted_value: (v) => b64len(v) >= 16,
  iv: (v) => b64len(v) === 12,
  kdf_salt: (v) => b64len(v) === 16,
  new_kdf_salt: (v) => b64len(v) === 16,
  auth_hash: (v) => b64len(v) === 32,
  new_auth_hash: (v) => b64len(v) === 32,
  public_key: (v) => b64len(v) === 32,
  protected_user_key: (v) => WRAPPED.test(v) && v.startsWith('v1.'),
  new_protected_user_key: (v) => WRAPPED.test(v) && v.startsWith('v1.'),
  protected_private_key: (v) => WRAPPED.test(v) && v.startsWith('v1.'),
  wrapped_team_key: (v) => WRAPPED.test(v) && v.startsWith('v2.'),
  previous_team_key: (v) => WRAPPED.test(v) && v.startsWith('v1.'),
  pinned_keys: (v) => WRAPPED.test(v) && v.startsWith('v1.'),
  // SHA-256 of a high-entropy value of a known format (docs/fingerprints.md).
  value_fingerprint: (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v),
  refresh_token: (v) => typeof v === 'string',
  // Two-step sign-in: the single-use second-step token (43 URL-safe base64 characters).
  mfa_token: (v) => typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v),
  // Remember this device: the device token (43 URL-safe base64 characters), useless without the
  // password.
  device_token: (v) => typeof v === 'string' && /^[A-Za-z0-9_-]{43}$/.test(v),
  // Passkeys (WebAuthn): public data and signatures, unpadded base64url (docs/api-notes.md).
  id: (v) => typeof v === 'string' && B64URL.test(v),
  raw_id: (v) => typeof v === 'string' && B64URL.test(v),
  client_data_json: (v) => typeof v === 'string' && B64URL.test(v),
  attestation_object: (v) => typeof v === 'string' && B64URL.test(v),
  authenticator_data: (v) => typeof v === 'string' && B64URL.test(v),
  signature: (v) => typeof v === 'string' && B64URL.test(v),
  user_handle: (v) => v === null || (typeof v === 'string' && B64URL.test(v)),
};

/** Every string a secret could be sent as: raw, JSON-escaped, URL-encoded, base64, hex. */
function forms(secret) {
  const utf8 = Buffer.from(secret, 'utf8');
  return [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    utf8.toString('base64'),
    utf8.toString('hex'),
  ].filter((f) => f.length >= 6);
}

export class WireWatch {
  requests = [];
  secrets = new Set();

  /** Plaintext values and passwords that must never appear on the wire. */
  addSecret(...values) {
    for (const v of values) this.secrets.add(v);
  }

  attach(context) {
    context.on('request', (req) => {
      this.requests.push({ method: req.method(), url: req.url(), body: req.postData() ?? '' });
    });
  }

  /** Returns a list of violations (empty when the wire is clean). */
  violations() {
    const out = [];
    for (const r of this.requests) {
      const where = `${r.method} ${new URL(r.url).pathname}`;
      let normalized = '';
      try {
        normalized = JSON.stringify(JSON.parse(r.body)); // undoes \uXXXX escapes
      } catch {
        // not JSON: the raw body is checked
      }
      const text = `${decodeURIComponent(r.url)}\n${r.body}\n${normalized}`;
      for (const s of this.secrets) {
        if (forms(s).some((f) => text.includes(f)))
          out.push(`${where} carries a plaintext secret or password`);
      }
      if (!r.body || !new URL(r.url).pathname.startsWith('/api/')) continue;
      let json;
      try {
        json = JSON.parse(r.body);
      } catch {
        out.push(`${where} sent a non-JSON body`);
        continue;
      }
      walk(json, (key, value) => {
        if (key in DOCUMENTED) {
          if (!DOCUMENTED[key](value))
            out.push(`${where}: ${key} does not have its documented shape`);
        } else if (typeof value === 'string' && b64len(value) >= 16 && value.length >= 22) {
          out.push(`${where}: undocumented field ${key} carries binary data`);
        } else if (typeof value === 'string' && WRAPPED.test(value)) {
          out.push(`${where}: undocumented field ${key} carries a wrapped key`);
        }
      });
    }
    return [...new Set(out)];
  }

  count() {
    return this.requests.filter((r) => new URL(r.url).pathname.startsWith('/api/')).length;
  }
}

function walk(value, visit, key = '') {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit, key));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, k);
  else visit(key, value);
}

/** What the page keeps in browser storage: only the remembered email is allowed. */
export async function storageViolations(page) {
  const found = await page.evaluate(async () => ({
    local: Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]),
    session: Object.keys(sessionStorage),
    idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    cookie: document.cookie,
  }));
  const out = [];
  for (const [k, v] of found.local) {
    if (k === 'keyhaven.autoLockMinutes' && /^\d{1,3}$/.test(v ?? '')) continue;
    // A remembered device's token: skips the second step only together with the password.
    if (k === 'keyhaven.deviceToken' && /^[A-Za-z0-9_-]{43}$/.test(v ?? '')) continue;
    if (k !== 'keyhaven.email' || !/^[^@\s]+@[^@\s]+$/.test(v ?? ''))
      out.push(`localStorage holds ${k}`);
  }
  if (found.session.length) out.push(`sessionStorage holds ${found.session.join(', ')}`);
  if (found.idb.length) out.push(`IndexedDB holds ${found.idb.join(', ')}`);
  if (found.cookie) out.push('cookies are set');
  return out;
}
