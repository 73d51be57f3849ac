// The extension never seals a value for GitHub Actions nor makes a deploy key
// (web/src/crypto/sealedBox.ts and deployKey.ts load libsodium lazily for those), so libsodium is left out of its bundle: this module stands in for
// it, with the part of its interface those files name, and fails loudly if ever reached.
function absent(): never {
  throw new Error('libsodium is not part of the KeyHaven extension');
}

const sodium = {
  get ready(): Promise<void> {
    return Promise.reject(new Error('libsodium is not part of the KeyHaven extension'));
  },
  base64_variants: { ORIGINAL: 1 },
  crypto_box_PUBLICKEYBYTES: 32,
  from_base64: (_s: string, _v: number): Uint8Array => absent(),
  from_string: (_s: string): Uint8Array => absent(),
  crypto_box_seal: (_m: Uint8Array, _pk: Uint8Array): Uint8Array => absent(),
  to_base64: (_b: Uint8Array, _v: number): string => absent(),
  crypto_sign_keypair: (): { publicKey: Uint8Array; privateKey: Uint8Array } => absent(),
  randombytes_buf: (_n: number): Uint8Array => absent(),
};

export default sodium;
