/**
 * An Ed25519 SSH key pair for a GitHub deploy key, made in the browser with libsodium: the public
 * line (`ssh-ed25519 AAAA… comment`) goes to GitHub, the private key (OpenSSH's own
 * `openssh-key-v1` format, unencrypted, as `ssh-keygen -N ''` writes it) is stored in the vault
 * like any other value. libsodium is loaded lazily, only when a key is made.
 */
export interface DeployKeyPair {
  publicKey: string;
  privateKey: string;
}

export async function generateDeployKey(comment: string): Promise<DeployKeyPair> {
  const { default: sodium } = await import('libsodium-wrappers');
  await sodium.ready;
  const pair = sodium.crypto_sign_keypair();
  try {
    return openSshKeyPair(pair.publicKey, pair.privateKey, comment, sodium.randombytes_buf(4));
  } finally {
    pair.privateKey.fill(0);
  }
}

/** Formats a raw Ed25519 pair (32-byte public, 64-byte libsodium secret) the way OpenSSH does. */
export function openSshKeyPair(
  publicKey: Uint8Array,
  secretKey: Uint8Array,
  comment: string,
  check: Uint8Array,
): DeployKeyPair {
  if (publicKey.length !== 32 || secretKey.length !== 64 || check.length !== 4) {
    throw new Error('not an Ed25519 key pair');
  }
  const type = new TextEncoder().encode('ssh-ed25519');
  const blob = concat(string(type), string(publicKey));
  const text = new TextEncoder().encode(comment);
  let privateSection = concat(
    check,
    check,
    string(type),
    string(publicKey),
    string(secretKey),
    string(text),
  );
  const padding = (8 - (privateSection.length % 8)) % 8;
  privateSection = concat(
    privateSection,
    Uint8Array.from({ length: padding }, (_, i) => i + 1),
  );
  const none = new TextEncoder().encode('none');
  const body = concat(
    new TextEncoder().encode('openssh-key-v1\0'),
    string(none),
    string(none),
    string(new Uint8Array(0)),
    uint32(1),
    string(blob),
    string(privateSection),
  );
  const b64 = base64(body);
  const lines = b64.match(/.{1,70}/g) ?? [];
  privateSection.fill(0);
  body.fill(0);
  return {
    publicKey: `ssh-ed25519 ${base64(blob)}${comment ? ` ${comment}` : ''}`,
    privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`,
  };
}

function uint32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

function string(bytes: Uint8Array): Uint8Array {
  return concat(uint32(bytes.length), bytes);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
