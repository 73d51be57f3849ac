/**
 * Passkeys in the browser: the server's WebAuthn options (the WebAuthn JSON forms with snake_case
 * names, binary values as unpadded base64url) turned into what navigator.credentials wants, and
 * the credential it answers turned back into that JSON for the server.
 */
import type {
  PasskeyAssertion,
  PasskeyAttestation,
  PasskeyCreationOptions,
  PasskeyRequestOptions,
} from '../api/types';

/** Unpadded base64url of some bytes. */
export function toBase64url(data: ArrayBuffer | ArrayBufferView): string {
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text (padded or not); throws on anything else. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('Not base64url.');
  const plain = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const padded = plain + '='.repeat((4 - (plain.length % 4)) % 4);
  const raw = atob(padded);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Whether this browser can use passkeys at all. */
export function passkeysSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.PublicKeyCredential === 'function' &&
    typeof navigator.credentials?.create === 'function'
  );
}

const TRANSPORTS = new Set(['usb', 'nfc', 'ble', 'internal', 'hybrid', 'smart-card']);

function descriptors(
  list: { type: string; id: string; transports: string[] }[],
): PublicKeyCredentialDescriptor[] {
  return list.map((d) => ({
    type: 'public-key',
    id: fromBase64url(d.id),
    transports: d.transports.filter((t) => TRANSPORTS.has(t)) as AuthenticatorTransport[],
  }));
}

export function creationOptions(json: PasskeyCreationOptions): PublicKeyCredentialCreationOptions {
  return {
    rp: json.rp,
    user: {
      id: fromBase64url(json.user.id),
      name: json.user.name,
      displayName: json.user.display_name,
    },
    challenge: fromBase64url(json.challenge),
    pubKeyCredParams: json.pub_key_cred_params.map((p) => ({ type: 'public-key', alg: p.alg })),
    timeout: json.timeout,
    excludeCredentials: descriptors(json.exclude_credentials),
    authenticatorSelection: {
      residentKey: json.authenticator_selection.resident_key as ResidentKeyRequirement,
      userVerification: json.authenticator_selection
        .user_verification as UserVerificationRequirement,
    },
    attestation: 'none',
  };
}

export function requestOptions(json: PasskeyRequestOptions): PublicKeyCredentialRequestOptions {
  return {
    challenge: fromBase64url(json.challenge),
    rpId: json.rp_id,
    allowCredentials: descriptors(json.allow_credentials),
    userVerification: json.user_verification as UserVerificationRequirement,
    timeout: json.timeout,
  };
}

/** A new credential as the server reads it. */
export function attestationJson(credential: PublicKeyCredential): PasskeyAttestation {
  const response = credential.response as AuthenticatorAttestationResponse;
  const transports = typeof response.getTransports === 'function' ? response.getTransports() : [];
  return {
    id: credential.id,
    raw_id: toBase64url(credential.rawId),
    type: 'public-key',
    response: {
      client_data_json: toBase64url(response.clientDataJSON),
      attestation_object: toBase64url(response.attestationObject),
      transports,
    },
  };
}

/** A sign-in assertion as the server reads it. */
export function assertionJson(credential: PublicKeyCredential): PasskeyAssertion {
  const response = credential.response as AuthenticatorAssertionResponse;
  return {
    id: credential.id,
    raw_id: toBase64url(credential.rawId),
    type: 'public-key',
    response: {
      client_data_json: toBase64url(response.clientDataJSON),
      authenticator_data: toBase64url(response.authenticatorData),
      signature: toBase64url(response.signature),
      user_handle: response.userHandle ? toBase64url(response.userHandle) : null,
    },
  };
}

/** Asks the browser for a new passkey. */
export async function createPasskey(json: PasskeyCreationOptions): Promise<PasskeyAttestation> {
  const credential = (await navigator.credentials.create({
    publicKey: creationOptions(json),
  })) as PublicKeyCredential | null;
  if (!credential) throw new Error('No passkey was created.');
  return attestationJson(credential);
}

/** Asks the browser to sign in with one of the account's passkeys. */
export async function signWithPasskey(json: PasskeyRequestOptions): Promise<PasskeyAssertion> {
  const credential = (await navigator.credentials.get({
    publicKey: requestOptions(json),
  })) as PublicKeyCredential | null;
  if (!credential) throw new Error('No passkey answered.');
  return assertionJson(credential);
}

/** Words for what the browser's WebAuthn calls throw (a DOMException named by the spec). */
export function passkeyProblem(err: unknown): Error | null {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return new Error('The passkey request was cancelled or timed out. Try again when ready.');
    case 'InvalidStateError':
      return new Error('This passkey or security key is already registered to your account.');
    case 'SecurityError':
      return new Error('Passkeys do not work at this address (the server does not accept it).');
    case 'NotSupportedError':
      return new Error('This browser or device cannot make a passkey of a supported kind.');
    default:
      return null;
  }
}
