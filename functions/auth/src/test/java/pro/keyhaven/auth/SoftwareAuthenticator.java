package pro.keyhaven.auth;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * A passkey in test code: an EC P-256 key pair from the JDK, its authenticator data, "none"
 * attestation object and COSE key written here in CBOR by hand (independent of the server's
 * library), and ES256 assertions with a counter. Every part of what it answers can be bent to test
 * a refusal.
 */
final class SoftwareAuthenticator {

  static final String ORIGIN = "http://localhost:8080";
  static final String RP_ID = "localhost";

  private static final SecureRandom RANDOM = new SecureRandom();

  final KeyPair keys;
  final byte[] credentialId = new byte[16];
  long counter;

  SoftwareAuthenticator() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      keys = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    RANDOM.nextBytes(credentialId);
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] unb64(String text) {
    return Base64.getUrlDecoder().decode(text);
  }

  String id() {
    return b64(credentialId);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- minimal CBOR writer (major types 0, 1, 2, 3, 5) ------------------------------------------

  private static void head(ByteArrayOutputStream out, int major, long value) {
    int m = major << 5;
    if (value < 24) {
      out.write(m | (int) value);
    } else if (value < 256) {
      out.write(m | 24);
      out.write((int) value);
    } else if (value < 65536) {
      out.write(m | 25);
      out.write((int) (value >> 8));
      out.write((int) value);
    } else {
      out.write(m | 26);
      out.writeBytes(ByteBuffer.allocate(4).putInt((int) value).array());
    }
  }

  private static void integer(ByteArrayOutputStream out, long v) {
    if (v >= 0) {
      head(out, 0, v);
    } else {
      head(out, 1, -1 - v);
    }
  }

  private static void bytes(ByteArrayOutputStream out, byte[] b) {
    head(out, 2, b.length);
    out.writeBytes(b);
  }

  private static void text(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    head(out, 3, b.length);
    out.writeBytes(b);
  }

  private static byte[] unsigned32(BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
    return out;
  }

  /** COSE_Key of the public key: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}. */
  byte[] coseKey() {
    ECPublicKey pub = (ECPublicKey) keys.getPublic();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    head(out, 5, 5);
    integer(out, 1);
    integer(out, 2);
    integer(out, 3);
    integer(out, -7);
    integer(out, -1);
    integer(out, 1);
    integer(out, -2);
    bytes(out, unsigned32(pub.getW().getAffineX()));
    integer(out, -3);
    bytes(out, unsigned32(pub.getW().getAffineY()));
    return out.toByteArray();
  }

  static final int UP = 0x01;
  static final int UV = 0x04;
  static final int AT = 0x40;

  static byte[] authenticatorData(String rpId, int flags, long count, byte[] attested) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
    out.write(flags);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) count).array());
    if (attested != null) {
      out.writeBytes(attested);
    }
    return out.toByteArray();
  }

  byte[] attestedCredentialData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[16]); // AAGUID: zero, as with "none" attestation
    out.write(credentialId.length >> 8);
    out.write(credentialId.length & 0xff);
    out.writeBytes(credentialId);
    out.writeBytes(coseKey());
    return out.toByteArray();
  }

  static byte[] clientData(String type, String challenge, String origin) {
    return ("{\"type\":\""
            + type
            + "\",\"challenge\":\""
            + challenge
            + "\",\"origin\":\""
            + origin
            + "\",\"crossOrigin\":false}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** What {@code navigator.credentials.create} answers, in the API's JSON form. */
  Map<String, Object> create(String challenge) {
    return create(challenge, ORIGIN, RP_ID);
  }

  Map<String, Object> create(String challenge, String origin, String rpId) {
    byte[] authData = authenticatorData(rpId, UP | UV | AT, counter, attestedCredentialData());
    ByteArrayOutputStream att = new ByteArrayOutputStream();
    head(att, 5, 3);
    text(att, "fmt");
    text(att, "none");
    text(att, "attStmt");
    head(att, 5, 0);
    text(att, "authData");
    bytes(att, authData);
    Map<String, Object> response = new HashMap<>();
    response.put("client_data_json", b64(clientData("webauthn.create", challenge, origin)));
    response.put("attestation_object", b64(att.toByteArray()));
    response.put("transports", java.util.List.of("internal"));
    Map<String, Object> credential = new HashMap<>();
    credential.put("id", id());
    credential.put("raw_id", id());
    credential.put("type", "public-key");
    credential.put("response", response);
    credential.put("client_extension_results", Map.of());
    credential.put("authenticator_attachment", "platform");
    return credential;
  }

  /**
   * What {@code navigator.credentials.get} answers, in the API's JSON form; the counter goes up.
   */
  Map<String, Object> get(String challenge) {
    counter++;
    return get(challenge, ORIGIN, RP_ID, counter, false);
  }

  Map<String, Object> get(
      String challenge, String origin, String rpId, long count, boolean badSignature) {
    byte[] authData = authenticatorData(rpId, UP | UV, count, null);
    byte[] clientData = clientData("webauthn.get", challenge, origin);
    byte[] signature;
    try {
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initSign(keys.getPrivate());
      s.update(authData);
      s.update(sha256(clientData));
      signature = s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    if (badSignature) {
      byte[] other = new byte[authData.length];
      System.arraycopy(authData, 0, other, 0, authData.length);
      other[authData.length - 1] ^= 1; // signed something else
      try {
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(keys.getPrivate());
        s.update(other);
        s.update(sha256(clientData));
        signature = s.sign();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    Map<String, Object> response = new HashMap<>();
    response.put("client_data_json", b64(clientData));
    response.put("authenticator_data", b64(authData));
    response.put("signature", b64(signature));
    Map<String, Object> credential = new HashMap<>();
    credential.put("id", id());
    credential.put("raw_id", id());
    credential.put("type", "public-key");
    credential.put("response", response);
    credential.put("client_extension_results", Map.of());
    return credential;
  }
}
