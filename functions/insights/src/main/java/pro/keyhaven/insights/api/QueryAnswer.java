package pro.keyhaven.insights.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pro.keyhaven.insights.query.KeyFilter;

/**
 * The answer to a question: one sentence, the filter used, the matching keys the caller may see
 * (their ids, and for display their names), and who made the filter.
 */
public record QueryAnswer(
    String answer,
    KeyFilter filters,
    List<UUID> keyIds,
    List<KeyRef> keys,
    @Schema(enumeration = {"rules", "llm"}) String source) {

  /** A matching key as the answer lists it. */
  public record KeyRef(UUID id, String name, String service, String environment) {}
}
