package pro.keyhaven.shared.github;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.util.Pack;
import pro.keyhaven.shared.snapstart.SnapshotRandoms;

/**
 * libsodium's sealed box ({@code crypto_box_seal}), the format GitHub requires for Actions secrets:
 * an ephemeral X25519 key pair, the nonce {@code BLAKE2b-192(ephemeral pk || recipient pk)}, and
 * {@code crypto_box} (X25519, HSalsa20, XSalsa20-Poly1305). The output is {@code ephemeral pk (32)
 * || tag (16) || ciphertext}, byte for byte what libsodium makes and opens (vectors in {@code
 * shared/test-vectors/sealed-box.json}, checked by both languages).
 */
public final class SealedBox {

  public static final int KEY_BYTES = 32;
  public static final int OVERHEAD = KEY_BYTES + 16;

  private static final SecureRandom RANDOM = SnapshotRandoms.held();

  private SealedBox() {}

  /** Seals {@code message} to {@code recipientPublicKey} (32 bytes). */
  public static byte[] seal(byte[] message, byte[] recipientPublicKey) {
    requireKey(recipientPublicKey, "recipient public key");
    byte[] ephemeralSecret = new byte[KEY_BYTES];
    RANDOM.nextBytes(ephemeralSecret);
    byte[] ephemeralPublic = new byte[KEY_BYTES];
    X25519.scalarMultBase(ephemeralSecret, 0, ephemeralPublic, 0);
    byte[] key = boxKey(ephemeralSecret, recipientPublicKey);
    Arrays.fill(ephemeralSecret, (byte) 0);
    try {
      byte[] nonce = nonce(ephemeralPublic, recipientPublicKey);
      XSalsa20Engine stream = stream(key, nonce);
      byte[] macKey = new byte[32];
      stream.processBytes(new byte[32], 0, 32, macKey, 0);
      byte[] out = new byte[OVERHEAD + message.length];
      System.arraycopy(ephemeralPublic, 0, out, 0, KEY_BYTES);
      stream.processBytes(message, 0, message.length, out, OVERHEAD);
      mac(macKey, out, OVERHEAD, message.length, out, KEY_BYTES);
      Arrays.fill(macKey, (byte) 0);
      return out;
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Opens a sealed box with the recipient's key pair; throws {@link IllegalArgumentException} when
   * it was not sealed to this key or was changed.
   */
  public static byte[] open(byte[] sealed, byte[] recipientPublicKey, byte[] recipientSecretKey) {
    requireKey(recipientPublicKey, "recipient public key");
    requireKey(recipientSecretKey, "recipient secret key");
    if (sealed.length < OVERHEAD) {
      throw new IllegalArgumentException("A sealed box is at least " + OVERHEAD + " bytes");
    }
    byte[] ephemeralPublic = Arrays.copyOfRange(sealed, 0, KEY_BYTES);
    byte[] key = boxKey(recipientSecretKey, ephemeralPublic);
    try {
      XSalsa20Engine stream = stream(key, nonce(ephemeralPublic, recipientPublicKey));
      byte[] macKey = new byte[32];
      stream.processBytes(new byte[32], 0, 32, macKey, 0);
      int length = sealed.length - OVERHEAD;
      byte[] tag = new byte[16];
      mac(macKey, sealed, OVERHEAD, length, tag, 0);
      Arrays.fill(macKey, (byte) 0);
      if (!MessageDigest.isEqual(tag, Arrays.copyOfRange(sealed, KEY_BYTES, OVERHEAD))) {
        throw new IllegalArgumentException("The sealed box does not open with this key");
      }
      byte[] message = new byte[length];
      stream.processBytes(sealed, OVERHEAD, length, message, 0);
      return message;
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** The public key of an X25519 secret key (for tests and key generation). */
  public static byte[] publicKeyOf(byte[] secretKey) {
    requireKey(secretKey, "secret key");
    byte[] publicKey = new byte[KEY_BYTES];
    X25519.scalarMultBase(secretKey, 0, publicKey, 0);
    return publicKey;
  }

  /** {@code crypto_box_beforenm}: HSalsa20 of the X25519 shared secret with a zero nonce. */
  private static byte[] boxKey(byte[] secretKey, byte[] publicKey) {
    byte[] shared = new byte[KEY_BYTES];
    if (!X25519.calculateAgreement(secretKey, 0, publicKey, 0, shared, 0)) {
      throw new IllegalArgumentException("The public key is not a usable X25519 key");
    }
    try {
      return hsalsa20(shared, new byte[16]);
    } finally {
      Arrays.fill(shared, (byte) 0);
    }
  }

  /** HSalsa20: the Salsa20 core without its final addition, eight of its words. */
  static byte[] hsalsa20(byte[] key, byte[] input16) {
    int[] state = new int[16];
    state[0] = 0x61707865;
    state[5] = 0x3320646e;
    state[10] = 0x79622d32;
    state[15] = 0x6b206574;
    Pack.littleEndianToInt(key, 0, state, 1, 4);
    Pack.littleEndianToInt(key, 16, state, 11, 4);
    Pack.littleEndianToInt(input16, 0, state, 6, 4);
    int[] mixed = new int[16];
    Salsa20Engine.salsaCore(20, state, mixed);
    // salsaCore adds the input back; HSalsa20 takes the words before that addition.
    int[] words = {0, 5, 10, 15, 6, 7, 8, 9};
    byte[] out = new byte[32];
    for (int i = 0; i < words.length; i++) {
      Pack.intToLittleEndian(mixed[words[i]] - state[words[i]], out, i * 4);
    }
    Arrays.fill(state, 0);
    Arrays.fill(mixed, 0);
    return out;
  }

  private static byte[] nonce(byte[] ephemeralPublic, byte[] recipientPublic) {
    Blake2bDigest blake = new Blake2bDigest(192);
    blake.update(ephemeralPublic, 0, KEY_BYTES);
    blake.update(recipientPublic, 0, KEY_BYTES);
    byte[] nonce = new byte[24];
    blake.doFinal(nonce, 0);
    return nonce;
  }

  private static XSalsa20Engine stream(byte[] key, byte[] nonce) {
    XSalsa20Engine engine = new XSalsa20Engine();
    engine.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
    return engine;
  }

  private static void mac(byte[] key, byte[] in, int off, int len, byte[] out, int outOff) {
    Poly1305 poly = new Poly1305();
    poly.init(new KeyParameter(key));
    poly.update(in, off, len);
    poly.doFinal(out, outOff);
  }

  private static void requireKey(byte[] key, String what) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("The " + what + " must be " + KEY_BYTES + " bytes");
    }
  }
}
