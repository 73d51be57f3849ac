/**
 * Machine tokens for CI, in the command line's format (cli/README.md):
 * `khm1.<machine id>.<secret>.<private key>`, the secret as the server issued it (43 characters of
 * URL-safe base64) and the machine's raw X25519 private key in URL-safe base64 without padding.
 * The token is shown once; the server keeps only a hash of the secret and the public key.
 */
export const MACHINE_TOKEN_PREFIX = 'khm1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;
const TAG = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;

export interface MachineToken {
  machineId: string;
  secret: string;
  privateKey: Uint8Array;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not URL-safe base64');
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function formatMachineToken(
  machineId: string,
  secret: string,
  privateKey: Uint8Array,
): string {
  if (!UUID.test(machineId)) throw new Error('machine id is not a UUID');
  if (!SECRET.test(secret)) throw new Error('secret is not 43 characters of URL-safe base64');
  if (privateKey.length !== 32) throw new Error('private key is not 32 bytes');
  return `${MACHINE_TOKEN_PREFIX}.${machineId}.${secret}.${toBase64Url(privateKey)}`;
}

/** Reads a token; throws on anything that is not exactly one. */
export function parseMachineToken(token: string): MachineToken {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || parts[0] !== MACHINE_TOKEN_PREFIX)
    throw new Error('not a machine token');
  const [, machineId, secret, key] = parts;
  if (!UUID.test(machineId) || !SECRET.test(secret)) throw new Error('not a machine token');
  const privateKey = fromBase64Url(key);
  if (privateKey.length !== 32) throw new Error('not a machine token');
  return { machineId, secret, privateKey };
}

/** "production keys tagged deploy or release", or "every team key". */
export function describeScope(environments?: string[] | null, tags?: string[] | null): string {
  if (!environments?.length && !tags?.length) return 'every team key';
  const env = environments?.length ? `${environments.join(' and ')} ` : '';
  const tagged = tags?.length ? ` tagged ${tags.join(' or ')}` : '';
  return `only ${env}keys${tagged}`;
}

/** Parses "deploy, release" into tags; throws a readable message for a bad one. */
export function parseTags(text: string): string[] {
  const tags = [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.length > 20) throw new Error('At most 20 tags.');
  for (const t of tags) {
    if (t.length > 50 || !TAG.test(t))
      throw new Error(`"${t}" is not a tag: letters, digits and . _ : / - only, up to 50.`);
  }
  return tags;
}
