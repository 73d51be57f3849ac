/**
 * libsodium sealed box (crypto_box_seal) for GitHub Actions secrets: the value is sealed in the
 * browser to the repository's public key, so neither KeyHaven's server nor anyone on the way
 * sees it. libsodium is loaded lazily, only when a secret is pushed.
 */
export async function sealForGitHub(repositoryPublicKey: string, value: string): Promise<string> {
  const { default: sodium } = await import('libsodium-wrappers');
  await sodium.ready;
  const publicKey = sodium.from_base64(repositoryPublicKey, sodium.base64_variants.ORIGINAL);
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES) {
    throw new Error('repository public key is not 32 bytes');
  }
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), publicKey);
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}
