package pro.keyhaven.insights.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import pro.keyhaven.insights.api.QueryAnswer;
import pro.keyhaven.insights.llm.LlmFilterClient;
import pro.keyhaven.insights.query.KeyFilter;
import pro.keyhaven.insights.query.QuestionParser;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.insights.KeyFacts;
import pro.keyhaven.shared.insights.KeyFactsReader;
import pro.keyhaven.shared.plan.Entitlements;
import pro.keyhaven.shared.plan.Feature;

/**
 * Answers a question about the caller's keys: a filter from the LLM when one is configured and
 * answers validly in time, else from the deterministic parser; then the filter is applied to the
 * keys the caller may see (the visibility rule) and nothing else, so whatever a filter names, the
 * answer lists only the caller's visible keys.
 */
@ApplicationScoped
public class QueryService {

  private static final Logger LOG = Logger.getLogger(QueryService.class);

  /** Most keys one answer lists. */
  static final int MAX_KEYS = 500;

  private final KeyFactsReader facts;
  private final LlmFilterClient llm;
  private final Entitlements entitlements;
  private final Clock clock;

  public QueryService(
      KeyFactsReader facts, LlmFilterClient llm, Entitlements entitlements, Clock clock) {
    this.facts = facts;
    this.llm = llm;
    this.entitlements = entitlements;
    this.clock = clock;
  }

  public Uni<QueryAnswer> ask(java.util.UUID caller, String question) {
    if (question == null || question.isBlank() || question.length() > 500) {
      throw ApiException.validation("INVALID_QUESTION", "question must be 1 to 500 characters");
    }
    Instant now = clock.instant();
    LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
    return entitlements
        .require(caller, Feature.INSIGHTS)
        .chain(() -> facts.visibleTo(caller))
        .chain(
            keys -> {
              QuestionParser.Vocabulary vocab = vocabulary(keys);
              Uni<Object[]> filter;
              if (llm.configured()) {
                filter =
                    llm.ask(question, today, vocab)
                        .map(f -> new Object[] {f, "llm"})
                        .onFailure()
                        .recoverWithItem(
                            e -> {
                              LOG.infof(
                                  "The LLM gave no usable filter (%s); the parser answers",
                                  e.getClass().getSimpleName());
                              return new Object[] {
                                QuestionParser.parse(question, today, vocab), "rules"
                              };
                            });
              } else {
                filter =
                    Uni.createFrom()
                        .item(
                            () ->
                                new Object[] {
                                  QuestionParser.parse(question, today, vocab), "rules"
                                });
              }
              return filter.map(f -> answer(keys, (KeyFilter) f[0], (String) f[1], now));
            });
  }

  static QueryAnswer answer(List<KeyFacts> keys, KeyFilter filter, String source, Instant now) {
    List<KeyFacts> hits = keys.stream().filter(k -> filter.matches(k, now)).toList();
    List<KeyFacts> shown = hits.subList(0, Math.min(MAX_KEYS, hits.size()));
    String what = filter.describe();
    String sentence =
        switch (hits.size()) {
          case 0 -> "No keys match: " + what + ".";
          case 1 -> "1 key matches: " + what + ".";
          default ->
              hits.size()
                  + " keys match: "
                  + what
                  + "."
                  + (hits.size() > MAX_KEYS ? " The first " + MAX_KEYS + " are listed." : "");
        };
    return new QueryAnswer(
        sentence,
        filter,
        shown.stream().map(KeyFacts::id).toList(),
        shown.stream()
            .map(k -> new QueryAnswer.KeyRef(k.id(), k.name(), k.service(), k.environment()))
            .toList(),
        source);
  }

  static QuestionParser.Vocabulary vocabulary(List<KeyFacts> keys) {
    Set<String> services = new TreeSet<>();
    Set<String> teams = new TreeSet<>();
    Set<String> tags = new TreeSet<>();
    for (KeyFacts k : keys) {
      services.add(k.service().toLowerCase(java.util.Locale.ROOT));
      if (k.teamName() != null) {
        teams.add(k.teamName());
      }
      tags.addAll(k.tags());
    }
    return new QuestionParser.Vocabulary(services, teams, tags);
  }
}
