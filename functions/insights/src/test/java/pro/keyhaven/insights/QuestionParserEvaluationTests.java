package pro.keyhaven.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pro.keyhaven.insights.query.FilterJson;
import pro.keyhaven.insights.query.KeyFilter;
import pro.keyhaven.insights.query.QuestionParser;

/**
 * The parser against the evaluation set {@code query-evaluation.jsonl} (written before the parser):
 * prints the exact-filter accuracy and every miss, and fails below 90%.
 */
class QuestionParserEvaluationTests {

  static final QuestionParser.Vocabulary VOCABULARY =
      new QuestionParser.Vocabulary(
          Set.of("stripe", "openai", "aws", "github", "twilio", "sendgrid", "slack"),
          Set.of("payments", "platform", "data"),
          Set.of("billing", "backend", "payments", "ci", "frontend", "experiments", "deploy"));

  @Test
  void theParserGetsAtLeastNinetyPercentOfTheEvaluationSetExactlyRight() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/query-evaluation.jsonl"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    LocalDate today = LocalDate.parse(json.readTree(lines.get(0)).get("today").asText());
    int total = 0;
    int exact = 0;
    List<String> misses = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      JsonNode item = json.readTree(line);
      String question = item.get("q").asText();
      KeyFilter expected = FilterJson.read(item.get("filters"));
      KeyFilter actual = QuestionParser.parse(question, today, VOCABULARY);
      total++;
      if (expected.equals(actual)) {
        exact++;
      } else {
        misses.add(
            question
                + "\n    expected "
                + FilterJson.write(expected)
                + "\n    got      "
                + FilterJson.write(actual));
      }
    }
    double accuracy = 100.0 * exact / total;
    System.out.printf(
        "Question parser: %d of %d questions give exactly the expected filter (%.1f%%)%n",
        exact, total, accuracy);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(total).isGreaterThanOrEqualTo(80);
    assertThat(accuracy).isGreaterThanOrEqualTo(90.0);
  }
}
