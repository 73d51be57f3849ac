package pro.keyhaven.shared.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The self-describing wrapped-key strings of docs/api.md ({@code v<n>.<base64>[.<base64>...]}, at
 * most 4 KiB): {@code v1.<iv>.<ct>} is an AES-256-GCM key wrap made in the browser, {@code
 * v2.<enc>.<ct>} an HPKE seal. Parsing refuses any other version.
 */
public final class WrappedKeyFormat {

  /** Longest wrapped-key string the API accepts. */
  public static final int MAX_LENGTH = 4096;

  /** Length of an X25519 encapsulated key ({@code enc}). */
  public static final int X25519_ENC_BYTES = 32;

  private static final int AES_GCM_IV_BYTES = 12;
  private static final int AES_GCM_TAG_BYTES = 16;
  private static final Pattern STANDARD_BASE64 =
      Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");
  private static final Pattern VERSION_PREFIX = Pattern.compile("^v([0-9]+)\\..*", Pattern.DOTALL);

  private WrappedKeyFormat() {}

  /** The parts of a parsed wrapped key; {@code first} is the iv (v1) or enc (v2). */
  public record Parts(int version, byte[] first, byte[] ciphertext) {

    @Override
    public String toString() {
      return "WrappedKeyFormat.Parts[v" + version + "]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Parts p
          && p.version == version
          && Arrays.equals(p.first, first)
          && Arrays.equals(p.ciphertext, ciphertext);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * version + Arrays.hashCode(first)) + Arrays.hashCode(ciphertext);
    }
  }

  /** {@code v2.<enc>.<ct>} from Tink's HPKE output ({@code enc || ciphertext}). */
  public static String formatHpke(byte[] tinkCiphertext) throws GeneralSecurityException {
    if (tinkCiphertext.length < X25519_ENC_BYTES + AES_GCM_TAG_BYTES) {
      throw new GeneralSecurityException("HPKE ciphertext is too short");
    }
    Base64.Encoder b64 = Base64.getEncoder();
    String text =
        "v2."
            + b64.encodeToString(Arrays.copyOfRange(tinkCiphertext, 0, X25519_ENC_BYTES))
            + "."
            + b64.encodeToString(
                Arrays.copyOfRange(tinkCiphertext, X25519_ENC_BYTES, tinkCiphertext.length));
    if (text.length() > MAX_LENGTH) {
      throw new GeneralSecurityException("wrapped value is longer than 4 KiB");
    }
    return text;
  }

  /** Tink's HPKE input ({@code enc || ciphertext}) from a {@code v2} string. */
  public static byte[] parseHpke(String wrapped) throws GeneralSecurityException {
    Parts parts = parse(wrapped);
    if (parts.version() != 2) {
      throw new GeneralSecurityException("expected an HPKE (v2) value, got v" + parts.version());
    }
    byte[] out = new byte[parts.first().length + parts.ciphertext().length];
    System.arraycopy(parts.first(), 0, out, 0, parts.first().length);
    System.arraycopy(parts.ciphertext(), 0, out, parts.first().length, parts.ciphertext().length);
    return out;
  }

  /** Parses and checks a wrapped-key string; unknown versions and bad lengths are refused. */
  public static Parts parse(String wrapped) throws GeneralSecurityException {
    if (wrapped == null || wrapped.length() > MAX_LENGTH) {
      throw new GeneralSecurityException("wrapped value is missing or longer than 4 KiB");
    }
    var matcher = VERSION_PREFIX.matcher(wrapped);
    if (!matcher.matches()) {
      throw new GeneralSecurityException("wrapped value has no version prefix");
    }
    String version = matcher.group(1);
    String[] fields = wrapped.split("\\.", -1);
    int expectedFirst =
        switch (version) {
          case "1" -> AES_GCM_IV_BYTES;
          case "2" -> X25519_ENC_BYTES;
          default ->
              throw new GeneralSecurityException(
                  "wrapped value version v" + version + " is not supported");
        };
    if (fields.length != 3) {
      throw new GeneralSecurityException("v" + version + " wrapped value needs 2 parts");
    }
    byte[] first = decode(fields[1]);
    byte[] ciphertext = decode(fields[2]);
    if (first.length != expectedFirst || ciphertext.length < AES_GCM_TAG_BYTES) {
      throw new GeneralSecurityException("v" + version + " wrapped value has bad lengths");
    }
    return new Parts(Integer.parseInt(version), first, ciphertext);
  }

  private static byte[] decode(String text) throws GeneralSecurityException {
    if (!STANDARD_BASE64.matcher(text).matches()) {
      throw new GeneralSecurityException("wrapped value part is not standard base64");
    }
    return Base64.getDecoder().decode(text);
  }
}
