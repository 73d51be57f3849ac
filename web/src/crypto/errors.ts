/** Why a crypto operation failed. Messages never carry key material or plaintext. */
export type CryptoErrorCode =
  'DECRYPT_FAILED' | 'MALFORMED' | 'UNSUPPORTED_VERSION' | 'INVALID_INPUT' | 'WEAK_KDF';

/** The one error type the crypto module throws. */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.name = 'CryptoError';
    this.code = code;
  }
}
