import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Node's WebCrypto, injected as the browser's would be. */
export const nodeCrypto = webcrypto as unknown as Crypto;

/** Reads a vector file shared with the Java side (shared/test-vectors). */
export function readVectors<T>(file: string): T {
  const path = resolve(import.meta.dirname, '../../../shared/test-vectors', file);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface KdfVector {
  name: string;
  password: string;
  password_nfkc: string;
  kdf: 'pbkdf2-sha256';
  kdf_salt: string;
  kdf_iterations: number;
  master_key: string;
  auth_key: string;
  auth_hash: string;
  wrap_key: string;
}

export interface KeyWrapVector {
  name: string;
  kdf: string | null;
  key: string;
  aad: string;
  iv: string;
  plaintext: string;
  wrapped: string;
}

export interface ItemVector {
  name: string;
  vault_key: string;
  vault_id: string;
  key_id: string;
  associated_data: string;
  iv: string;
  plaintext: string;
  encrypted_value: string;
}

export interface HpkeVector {
  name: string;
  recipient_private_key: string;
  recipient_public_key: string;
  info: string;
  plaintext: string;
  ciphertext: string;
  wrapped: string;
}
