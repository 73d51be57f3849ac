import { vi } from 'vitest';

/** Bytes of a short text (the fake authenticator's fixed answers). */
function bytes(...values: number[]): ArrayBuffer {
  return new Uint8Array(values).buffer;
}

/**
 * A browser with WebAuthn, for component tests: navigator.credentials.create and .get answer fixed
 * credentials (id 01 02 03; client data "cd", authenticator data "ad", signature fb ff).
 */
export function fakePasskeyBrowser() {
  const had = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');
  const hadCredentials = Object.getOwnPropertyDescriptor(navigator, 'credentials');
  Object.defineProperty(window, 'PublicKeyCredential', {
    value: function PublicKeyCredential() {},
    configurable: true,
  });
  const create = vi.fn(async (options: { publicKey: PublicKeyCredentialCreationOptions }) => {
    void options;
    return {
      id: 'AQID',
      rawId: bytes(1, 2, 3),
      type: 'public-key',
      response: {
        clientDataJSON: bytes(0x63, 0x64),
        attestationObject: bytes(0x61, 0x6f),
        getTransports: () => ['internal'],
      },
    };
  });
  const get = vi.fn(async (options: { publicKey: PublicKeyCredentialRequestOptions }) => {
    void options;
    return {
      id: 'AQID',
      rawId: bytes(1, 2, 3),
      type: 'public-key',
      response: {
        clientDataJSON: bytes(0x63, 0x64),
        authenticatorData: bytes(0x61, 0x64),
        signature: bytes(0xfb, 0xff),
        userHandle: null,
      },
    };
  });
  Object.defineProperty(navigator, 'credentials', {
    value: { create, get },
    configurable: true,
  });
  return {
    create,
    get,
    restore() {
      if (had) Object.defineProperty(window, 'PublicKeyCredential', had);
      else delete (window as unknown as Record<string, unknown>).PublicKeyCredential;
      if (hadCredentials) Object.defineProperty(navigator, 'credentials', hadCredentials);
      else delete (navigator as unknown as Record<string, unknown>).credentials;
    },
  };
}
