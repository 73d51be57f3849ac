package pro.keyhaven.shared.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import pro.keyhaven.shared.detect.KeyFormats;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.error.ErrorMapping;
import pro.keyhaven.shared.http.EdgeOrigin;
import pro.keyhaven.shared.http.RequestIds;
import pro.keyhaven.shared.validation.Base64Bytes;
import pro.keyhaven.shared.validation.WrappedKey;

/**
 * Jazzer fuzz tests of what reads hostile input before any resource: the wrapped-key format, the
 * Base64 field check, the request-id and viewer-address headers and the JSON error mapping. In a
 * normal test run they replay their seeds (regression mode, under a second); {@code JAZZER_FUZZ=1}
 * fuzzes each for its {@code maxDuration} (docs/reliability.md has the command).
 */
class InputFuzzTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "60s")
  void wrappedKeyFormat(FuzzedDataProvider data) {
    String value = data.consumeRemainingAsString();
    boolean valid = new WrappedKey.Validator().isValid(value, null);
    if (valid) {
      // What the check accepts has the documented shape, and every part decodes.
      assertThat(value.length()).isLessThanOrEqualTo(4096);
      assertThat(value).matches("v[1-9][0-9]{0,2}(\\.[A-Za-z0-9+/=]+)+");
      String[] parts = value.split("\\.");
      assertThat(parts.length).isBetween(2, 7);
      for (int i = 1; i < parts.length; i++) {
        Base64.getDecoder().decode(parts[i]);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void base64Field(FuzzedDataProvider data) {
    int min = data.consumeInt(0, 64);
    int max = data.consumeInt(min, 4096);
    String value = data.consumeRemainingAsString();
    Base64Bytes.Validator v = new Base64Bytes.Validator();
    v.initialize(annotation(min, max));
    if (v.isValid(value, null)) {
      int n = Base64.getDecoder().decode(value).length;
      assertThat(n).isBetween(min, max);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void requestIdHeader(FuzzedDataProvider data) {
    String id = RequestIds.accept(data.consumeRemainingAsString());
    // Whatever is sent, the id echoed in headers, logs and bodies is short and plain.
    assertThat(id).isNotBlank().hasSizeLessThanOrEqualTo(128).matches("[A-Za-z0-9._:-]+");
  }

  @FuzzTest(maxDuration = "60s")
  void viewerAddressHeader(FuzzedDataProvider data) {
    String ip = EdgeOrigin.viewerIp(data.consumeRemainingAsString());
    if (ip != null) {
      assertThat(ip).hasSizeLessThanOrEqualTo(64).matches("[^\\s\\p{Cntrl}]+");
    }
  }

  private static final KeyFormats FORMATS = KeyFormats.standard();

  /**
   * The detector rules (the formats the dashboard, the leak loop and the extension share): any text
   * is classified without an exception and in bounded time (no rule backtracks catastrophically), a
   * rule that claims a value matches all of it, and only a long, random value of a secret format is
   * ever fingerprinted.
   */
  @FuzzTest(maxDuration = "60s")
  void detectorRules(FuzzedDataProvider data) {
    String prefix = data.pickValue(PREFIXES);
    String value = prefix + data.consumeRemainingAsString();
    long started = System.nanoTime();
    var rule = FORMATS.detect(value);
    boolean fingerprintable = FORMATS.fingerprintable(value);
    long micros = (System.nanoTime() - started) / 1000;
    // Generous: a backtracking rule on a few KB of input takes seconds, not milliseconds.
    assertThat(micros).as("classifying %d chars", value.length()).isLessThan(2_000_000);
    rule.ifPresent(r -> assertThat(r.pattern().matcher(value.strip()).matches()).isTrue());
    if (fingerprintable) {
      assertThat(rule).isPresent();
      assertThat(rule.get().secret()).isTrue();
      assertThat(value.strip().length()).isGreaterThanOrEqualTo(20);
      assertThat(KeyFormats.fingerprint(value)).matches(KeyFormats.FINGERPRINT_PATTERN);
    }
  }

  /** Real prefixes, so the fuzzer starts inside the rules rather than outside all of them. */
  private static final String[] PREFIXES = {
    "",
    "sk_live_",
    "sk_test_",
    "rk_live_",
    "sk-",
    "sk-proj-",
    "sk-ant-api03-",
    "ghp_",
    "github_pat_",
    "AKIA",
    "xoxb-",
    "AIza",
    "SK",
    "SG.",
    "re_",
    "hf_",
    "glpat-"
  };

  @FuzzTest(maxDuration = "60s")
  void anyJsonFailureMapsToA400(FuzzedDataProvider data) {
    byte[] body = data.consumeRemainingAsBytes();
    try {
      JSON.readValue(body, Map.class);
    } catch (java.io.IOException e) {
      // JacksonException, or a CharConversionException from Jackson's encoding detection.
      ApiException mapped = ErrorMapping.map(e);
      assertThat(mapped).as(e.toString()).isNotNull();
      assertThat(mapped.status()).isEqualTo(400);
      assertThat(mapped.getMessage()).doesNotContain("Exception").doesNotContain("com.fasterxml");
    }
  }

  private static Base64Bytes annotation(int min, int max) {
    return new Base64Bytes() {
      @Override
      public Class<? extends java.lang.annotation.Annotation> annotationType() {
        return Base64Bytes.class;
      }

      @Override
      public String message() {
        return "";
      }

      @Override
      public Class<?>[] groups() {
        return new Class<?>[0];
      }

      @Override
      @SuppressWarnings("unchecked")
      public Class<? extends jakarta.validation.Payload>[] payload() {
        return new Class[0];
      }

      @Override
      public int min() {
        return min;
      }

      @Override
      public int max() {
        return max;
      }
    };
  }
}
