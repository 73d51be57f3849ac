package pro.keyhaven.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrappedKeyFormatTests {

  private static final String IV = Base64.getEncoder().encodeToString(new byte[12]);
  private static final String ENC = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String CT = Base64.getEncoder().encodeToString(new byte[48]);

  @Test
  void parsesAnAesGcmWrapAndAnHpkeSeal() throws Exception {
    assertThat(WrappedKeyFormat.parse("v1." + IV + "." + CT).version()).isEqualTo(1);
    WrappedKeyFormat.Parts v2 = WrappedKeyFormat.parse("v2." + ENC + "." + CT);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.first()).hasSize(32);
    assertThat(v2.ciphertext()).hasSize(48);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v0.", "v3.", "v10.", "v21."})
  void refusesUnknownVersions(String prefix) {
    assertThatThrownBy(() -> WrappedKeyFormat.parse(prefix + ENC + "." + CT))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("not supported");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.AAAA.BBBB",
        "v2",
        "v2.only-one-part",
        "v2.AAAA.AAAA.AAAA",
        "v1.%%%%.AAAA",
        "v1.AAAA.AAAAAAAAAAAAAAAAAAAAAA==",
      })
  void refusesMalformedStrings(String text) {
    assertThatThrownBy(() -> WrappedKeyFormat.parse(text))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void refusesBase64UrlAndWhitespace() {
    assertThatThrownBy(() -> WrappedKeyFormat.parse("v2." + ENC + "." + CT.replace('A', '-')))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> WrappedKeyFormat.parse("v2. " + ENC + "." + CT))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void refusesStringsLongerThan4KiB() {
    String huge = "v2." + ENC + "." + Base64.getEncoder().encodeToString(new byte[3100]);
    assertThat(huge.length()).isGreaterThan(WrappedKeyFormat.MAX_LENGTH);
    assertThatThrownBy(() -> WrappedKeyFormat.parse(huge))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void hpkeFormatRoundTripsTinkOutput() throws Exception {
    byte[] tink = new byte[80];
    for (int i = 0; i < tink.length; i++) {
      tink[i] = (byte) i;
    }
    String wrapped = WrappedKeyFormat.formatHpke(tink);
    assertThat(wrapped).startsWith("v2.");
    assertThat(WrappedKeyFormat.parseHpke(wrapped)).isEqualTo(tink);
  }

  @Test
  void partsPrintOnlyTheirVersion() throws Exception {
    assertThat(WrappedKeyFormat.parse("v2." + ENC + "." + CT).toString())
        .isEqualTo("WrappedKeyFormat.Parts[v2]");
  }
}
