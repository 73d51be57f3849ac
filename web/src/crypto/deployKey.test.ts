import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDeployKey } from './deployKey';

beforeAll(async () => {
  await sodium.ready;
});

/** Reads OpenSSH's openssh-key-v1 private key back: its public key, secret key and comment. */
function parse(pem: string) {
  const b64 = pem
    .replace('-----BEGIN OPENSSH PRIVATE KEY-----', '')
    .replace('-----END OPENSSH PRIVATE KEY-----', '')
    .replace(/\s/g, '');
  const buf = Buffer.from(b64, 'base64');
  let at = 0;
  const magic = buf.subarray(0, 15).toString('latin1');
  at = 15;
  const u32 = () => {
    const n = buf.readUInt32BE(at);
    at += 4;
    return n;
  };
  const str = () => {
    const n = u32();
    const s = buf.subarray(at, at + n);
    at += n;
    return s;
  };
  const cipher = str().toString();
  const kdf = str().toString();
  str();
  const count = u32();
  str();
  const priv = str();
  let p = 0;
  const pu32 = () => {
    const n = priv.readUInt32BE(p);
    p += 4;
    return n;
  };
  const pstr = () => {
    const n = pu32();
    const s = priv.subarray(p, p + n);
    p += n;
    return s;
  };
  const c1 = pu32();
  const c2 = pu32();
  const type = pstr().toString();
  const pk = pstr();
  const sk = pstr();
  const comment = pstr().toString();
  const padding = [...priv.subarray(p)];
  return { magic, cipher, kdf, count, c1, c2, type, pk, sk, comment, padding, length: priv.length };
}

describe('deploy keys (Ed25519, OpenSSH format)', () => {
  it('writes an openssh-key-v1 private key whose halves belong together', async () => {
    const pair = await generateDeployKey('deploy@keyhaven');
    expect(pair.publicKey).toMatch(
      /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]{46,48}={0,2} deploy@keyhaven$/,
    );
    const k = parse(pair.privateKey);
    expect(k).toMatchObject({ magic: 'openssh-key-v1\0', cipher: 'none', kdf: 'none', count: 1 });
    expect(k.c1).toBe(k.c2);
    expect(k.type).toBe('ssh-ed25519');
    expect(k.comment).toBe('deploy@keyhaven');
    expect(k.length % 8).toBe(0);
    expect(k.padding).toEqual(k.padding.map((_, i) => i + 1));
    // The secret key signs what the public key verifies, and the public line names that key.
    // libsodium's 64-byte secret key is the seed followed by the public key.
    expect(k.sk.subarray(32)).toEqual(k.pk);
    const sig = sodium.crypto_sign_detached('git push', k.sk);
    expect(sodium.crypto_sign_verify_detached(sig, 'git push', k.pk)).toBe(true);
    const blob = Buffer.from(pair.publicKey.split(' ')[1], 'base64');
    expect(blob.subarray(blob.length - 32)).toEqual(k.pk);
    expect(pair.privateKey.split('\n').every((l) => l.length <= 70)).toBe(true);
  });

  it('makes a new pair each time', async () => {
    const [a, b] = await Promise.all([generateDeployKey(''), generateDeployKey('')]);
    expect(a.publicKey).not.toBe(b.publicKey);
    expect(a.publicKey.split(' ')).toHaveLength(2);
  });

  it.runIf(spawnSync('ssh-keygen', ['-?']).error === undefined)(
    'is read by OpenSSH itself (ssh-keygen -y derives the same public key)',
    async () => {
      const pair = await generateDeployKey('ci@keyhaven');
      const dir = mkdtempSync(join(tmpdir(), 'deploy-key-'));
      try {
        const file = join(dir, 'id_ed25519');
        writeFileSync(file, pair.privateKey, { mode: 0o600 });
        const derived = execFileSync('ssh-keygen', ['-y', '-f', file]).toString().trim();
        expect(derived.split(' ').slice(0, 2)).toEqual(pair.publicKey.split(' ').slice(0, 2));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
