package pro.keyhaven.shared.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared formats file, read by Java: every rule's examples (web/src/lib/keyFormats.test.ts
 * reads the same).
 */
class KeyFormatsTests {

  private final KeyFormats formats = KeyFormats.standard();

  @Test
  void everyRuleFindsItsExamplesFirstAndRefusesItsCounterExamples() {
    assertThat(formats.rules()).hasSizeGreaterThanOrEqualTo(20);
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : formats.document().path("rules")) {
      String id = rule.path("id").asText();
      assertThat(ids.add(id)).as("rule ids are unique: %s", id).isTrue();
      JsonNode match = rule.path("examples").path("match");
      JsonNode noMatch = rule.path("examples").path("no_match");
      assertThat(match.size()).as("%s has positive examples", id).isPositive();
      assertThat(noMatch.size()).as("%s has negative examples", id).isPositive();
      for (JsonNode example : match) {
        assertThat(formats.detect(example.asText()))
            .as("%s detects %s", id, example.asText())
            .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(id));
        // Surrounding whitespace (a pasted line) does not change the answer.
        assertThat(formats.detect(" " + example.asText() + "\n")).isPresent();
        assertThat(formats.fingerprintable(example.asText()))
            .as("%s fingerprintable", example.asText())
            .isEqualTo(rule.path("secret").asBoolean());
      }
      KeyFormats.Rule compiled =
          formats.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
      for (JsonNode example : noMatch) {
        assertThat(compiled.pattern().matcher(example.asText().strip()).matches())
            .as("%s refuses %s", id, example.asText())
            .isFalse();
      }
    }
  }

  @Test
  void theRulesNameTheServicesTheIssueAsksFor() {
    assertThat(formats.byService())
        .containsKeys(
            "stripe",
            "openai",
            "anthropic",
            "github",
            "aws",
            "slack",
            "google",
            "twilio",
            "sendgrid",
            "resend",
            "huggingface");
  }

  @Test
  void lowEntropyShortAndUnknownValuesAreNeverFingerprinted() {
    for (JsonNode low : formats.document().path("low_entropy_examples")) {
      assertThat(formats.detect(low.asText())).as("%s has a format", low.asText()).isPresent();
      assertThat(formats.fingerprintable(low.asText())).as(low.asText()).isFalse();
    }
    assertThat(formats.fingerprintable("hunter2")).isFalse();
    assertThat(formats.fingerprintable("correct horse battery staple and more")).isFalse();
    assertThat(formats.fingerprintable(null)).isFalse();
    assertThat(formats.detect("")).isEmpty();
  }

  @Test
  void theFingerprintIsTheSha256OfTheTrimmedValue() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    assertThat(KeyFormats.fingerprint("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(KeyFormats.fingerprint(" abc\n")).isEqualTo(KeyFormats.fingerprint("abc"));
    assertThat(KeyFormats.fingerprint("abc")).matches(KeyFormats.FINGERPRINT_PATTERN);
  }

  @Test
  void entropyIsMeasuredPerCharacter() {
    assertThat(KeyFormats.entropyBitsPerChar("aaaa")).isZero();
    assertThat(KeyFormats.entropyBitsPerChar("abcd")).isEqualTo(2.0);
    assertThat(KeyFormats.entropyBitsPerChar("")).isZero();
  }
}
