/** The web app's only entry into key material; see docs/crypto.md. */
export { CryptoError, type CryptoErrorCode } from './errors';
export { fromBase64, toBase64 } from './encoding';
export { DEFAULT_KDF_ITERATIONS, KDF_NAME } from './primitives';
export {
  HPKE_INFO_SERVER_VALUE,
  HPKE_INFO_TEAM_KEY,
  ITEM_AAD_PREFIX,
  KeyHavenCrypto,
  WRAP_AAD,
  itemAssociatedData,
  serverValueInfo,
  type EncryptedValue,
  type KdfParams,
  type KeyHavenCryptoOptions,
  type MasterKeys,
  type NewAccount,
  type NewTeamKeys,
  type TeamRecipient,
  type UnlockedVault,
} from './keyhavenCrypto';
export { MAX_WRAPPED_LENGTH, parseWrapped, formatWrapped, type WrappedKey } from './wrapped';
export { sealForGitHub } from './sealedBox';
export { fingerprintPhrase, fingerprintText, FINGERPRINT_WORDS } from './fingerprint';
export {
  checkPin,
  EMPTY_PINS,
  openPins,
  sealPins,
  withPin,
  type PinCheck,
  type PinnedKey,
  type PinSet,
} from './pinnedKeys';
