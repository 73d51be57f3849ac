// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  assertionJson,
  attestationJson,
  creationOptions,
  fromBase64url,
  passkeyProblem,
  requestOptions,
  toBase64url,
} from './webauthn';

const bytes = (...v: number[]) => new Uint8Array(v);

describe('base64url', () => {
  it('writes the URL alphabet without padding', () => {
    expect(toBase64url(bytes(0xfb, 0xff))).toBe('-_8');
    expect(toBase64url(bytes())).toBe('');
    expect(toBase64url(bytes(1, 2, 3).buffer)).toBe('AQID');
    expect(toBase64url(new Uint8Array([9, 1, 2, 3]).subarray(1))).toBe('AQID');
  });

  it('reads it back, padded or not, and every byte value round-trips', () => {
    expect(Array.from(fromBase64url('-_8'))).toEqual([0xfb, 0xff]);
    expect(Array.from(fromBase64url('-_8='))).toEqual([0xfb, 0xff]);
    const all = new Uint8Array(256).map((_, i) => i);
    for (let n = 0; n <= 256; n += 37) {
      expect(Array.from(fromBase64url(toBase64url(all.subarray(0, n))))).toEqual(
        Array.from(all.subarray(0, n)),
      );
    }
  });

  it('refuses standard base64 and other text', () => {
    expect(() => fromBase64url('+/8')).toThrow();
    expect(() => fromBase64url('a b')).toThrow();
  });
});

describe('options and credentials', () => {
  it('turns creation options into what navigator.credentials.create wants', () => {
    const o = creationOptions({
      rp: { id: 'localhost', name: 'KeyHaven' },
      user: { id: 'AQID', name: 'a@example.com', display_name: 'a@example.com' },
      challenge: '-_8',
      pub_key_cred_params: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -8 },
      ],
      timeout: 300000,
      exclude_credentials: [{ type: 'public-key', id: 'AQID', transports: ['usb', 'bogus'] }],
      authenticator_selection: { resident_key: 'preferred', user_verification: 'preferred' },
      attestation: 'none',
    });
    expect(Array.from(o.challenge as Uint8Array)).toEqual([0xfb, 0xff]);
    expect(Array.from(o.user.id as Uint8Array)).toEqual([1, 2, 3]);
    expect(o.pubKeyCredParams.map((p) => p.alg)).toEqual([-7, -8]);
    expect(o.excludeCredentials?.[0].transports).toEqual(['usb']);
    expect(o.attestation).toBe('none');
  });

  it('turns request options into what navigator.credentials.get wants', () => {
    const o = requestOptions({
      challenge: 'AA',
      rp_id: 'localhost',
      allow_credentials: [{ type: 'public-key', id: 'AQID', transports: [] }],
      user_verification: 'preferred',
      timeout: 1000,
    });
    expect(o.rpId).toBe('localhost');
    expect(Array.from(o.allowCredentials?.[0].id as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('writes the credentials the browser answers as JSON for the server', () => {
    const made = attestationJson({
      id: 'AQID',
      rawId: bytes(1, 2, 3).buffer,
      type: 'public-key',
      response: {
        clientDataJSON: bytes(1).buffer,
        attestationObject: bytes(2).buffer,
        getTransports: () => ['internal'],
      },
    } as unknown as PublicKeyCredential);
    expect(made).toEqual({
      id: 'AQID',
      raw_id: 'AQID',
      type: 'public-key',
      response: { client_data_json: 'AQ', attestation_object: 'Ag', transports: ['internal'] },
    });
    const signed = assertionJson({
      id: 'AQID',
      rawId: bytes(1, 2, 3).buffer,
      type: 'public-key',
      response: {
        clientDataJSON: bytes(1).buffer,
        authenticatorData: bytes(2).buffer,
        signature: bytes(3).buffer,
        userHandle: bytes(4).buffer,
      },
    } as unknown as PublicKeyCredential);
    expect(signed.response).toEqual({
      client_data_json: 'AQ',
      authenticator_data: 'Ag',
      signature: 'Aw',
      user_handle: 'BA',
    });
  });

  it('names what the browser throws', () => {
    expect(passkeyProblem(new DOMException('x', 'NotAllowedError'))?.message).toContain(
      'cancelled',
    );
    expect(passkeyProblem(new DOMException('x', 'InvalidStateError'))?.message).toContain(
      'already registered',
    );
    expect(passkeyProblem(new Error('other'))).toBeNull();
  });
});
