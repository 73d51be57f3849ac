package pro.keyhaven.insights.query;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pro.keyhaven.shared.insights.cve.ServicePackages;

/**
 * The deterministic question parser: plain-language questions about keys become a {@link
 * KeyFilter}, with no model at all. It knows the words for environments, exposure, expiry, age,
 * last use and health, the services of the {@link ServicePackages} map and those of the caller's
 * keys, the caller's team names, and the usual ways of naming a tag or a team. Its accuracy is
 * measured against {@code query-evaluation.jsonl} (QuestionParserEvaluationTests).
 */
public final class QuestionParser {

  /** What the caller's keys call things: their services, teams and tags. */
  public record Vocabulary(Set<String> services, Set<String> teams, Set<String> tags) {
    public static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of(), Set.of());
  }

  private static final Map<String, String> SERVICE_ALIASES = new LinkedHashMap<>();

  static {
    SERVICE_ALIASES.put("amazon web services", "aws");
    SERVICE_ALIASES.put("amazon", "aws");
    SERVICE_ALIASES.put("open ai", "openai");
    SERVICE_ALIASES.put("chatgpt", "openai");
    SERVICE_ALIASES.put("send grid", "sendgrid");
    SERVICE_ALIASES.put("claude", "anthropic");
    SERVICE_ALIASES.put("gcp", "google");
  }

  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "my",
          "a",
          "an",
          "our",
          "your",
          "does",
          "which",
          "what",
          "of",
          "with",
          "in",
          "and",
          "that",
          "this",
          "whole",
          "each",
          "every",
          "per",
          "by",
          "for",
          "to",
          "keys",
          "key",
          "no",
          "any",
          "all",
          "is",
          "are",
          "production",
          "staging",
          "development",
          "prod",
          "dev");

  private static final Pattern NUMBER =
      Pattern.compile(
          "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,4})\\s+"
              + "(day|week|month|year)s?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b(?!-)");
  private static final String ANCHORS =
      "\\b(expir\\w*|created|added|add|older than|unused|used|health\\w*|tagged|labell?ed)\\b";

  private QuestionParser() {}

  public static KeyFilter parse(String question, LocalDate today, Vocabulary vocab) {
    String q = normalise(question);

    // Tags first: their words are taken out so that they are not read as a team or a service.
    Set<String> tags = new TreeSet<>();
    Matcher tm =
        Pattern.compile(
                "(?:\\btagged|\\blabell?ed|\\bwith (?:the )?tags?|\\btags?)\\s+([a-z0-9_-]+(?:\\s*(?:,|and)\\s*[a-z0-9_-]+)*)")
            .matcher(q);
    StringBuilder rest = new StringBuilder();
    int last = 0;
    while (tm.find()) {
      for (String t : tm.group(1).split("\\s*(?:,|\\band\\b)\\s*")) {
        t = t.trim();
        if (!t.isEmpty() && !NOT_NAMES.contains(t) && !isKeyword(t)) {
          tags.add(t);
        }
      }
      rest.append(q, last, tm.start()).append(' ');
      last = tm.end();
    }
    rest.append(q.substring(last));
    Matcher hash = Pattern.compile("#([a-z0-9_-]+)").matcher(q);
    while (hash.find()) {
      tags.add(hash.group(1));
    }
    q = rest.toString().replaceAll("#[a-z0-9_-]+", " ");

    String environment = environment(q);
    String service = service(q, vocab);
    String team = team(q, vocab);

    Boolean exposed = null;
    if (Pattern.compile("\\bnot (?:been )?(?:exposed|leaked|compromised)").matcher(q).find()) {
      exposed = false;
    } else if (Pattern.compile("\\b(exposed|leaked|leak|compromised)\\b").matcher(q).find()) {
      exposed = true;
    }

    Boolean noExpiry = null;
    if (Pattern.compile(
            "\\b(no expir\\w*|never expire\\w*|without (?:an |a )?expir\\w*|no end date)")
        .matcher(q)
        .find()) {
      noExpiry = true;
    }
    Boolean expired = null;
    if (noExpiry == null
        && Pattern.compile("\\b(expired|past (?:their|its) expiry)\\b").matcher(q).find()) {
      expired = true;
    }

    LocalDate expiresBefore = null;
    LocalDate expiresAfter = null;
    if (noExpiry == null && expired == null) {
      String clause = clause(q, "\\bexpir\\w*");
      if (clause != null) {
        LocalDate[] w = expiryWindow(clause, today);
        expiresAfter = w[0];
        expiresBefore = w[1];
      }
    }

    LocalDate createdBefore = null;
    LocalDate createdAfter = null;
    String older = clause(q, "\\b(?:older than|more than)");
    if (older != null) {
      LocalDate d = durationBack(older, today);
      if (d != null) {
        createdBefore = d;
      }
    }
    String created = clause(q, "\\b(?:created|added|add|new)\\b");
    if (created != null && createdBefore == null) {
      LocalDate[] w = createdWindow(created, today);
      createdAfter = w[0];
      createdBefore = w[1];
    }

    LocalDate unusedSince = null;
    String unused = clause(q, "\\b(?:unused|not (?:been )?used|never used)");
    if (unused != null) {
      unusedSince = since(unused, today);
    }

    Integer healthBelow = null;
    Integer healthAtLeast = null;
    Matcher below =
        Pattern.compile(
                "\\bhealth\\w*(?:\\s+score)?(?:\\s+of)?\\s+(?:under|below|less than|lower than|<)\\s*(\\d{1,3})")
            .matcher(q);
    Matcher above =
        Pattern.compile(
                "\\bhealth\\w*(?:\\s+score)?(?:\\s+of)?\\s+(?:above|over|more than|greater than|higher than|>)\\s*(\\d{1,3})")
            .matcher(q);
    Matcher atLeast =
        Pattern.compile("\\bhealth\\w*(?:\\s+score)?(?:\\s+of)?\\s+(?:at least|>=)\\s*(\\d{1,3})")
            .matcher(q);
    if (below.find()) {
      healthBelow = clamp(Integer.parseInt(below.group(1)));
    } else if (above.find()) {
      healthAtLeast = clamp(Integer.parseInt(above.group(1)) + 1);
    } else if (atLeast.find()) {
      healthAtLeast = clamp(Integer.parseInt(atLeast.group(1)));
    } else if (Pattern.compile(
            "\\b(unhealthy|(?:weak|poor|bad|low) health|health is (?:weak|poor|bad|low))\\b")
        .matcher(q)
        .find()) {
      healthBelow = 60;
    } else if (Pattern.compile("\\bhealthy\\b").matcher(q).find()) {
      healthAtLeast = 60;
    }

    return new KeyFilter(
        environment,
        service,
        List.copyOf(tags),
        team,
        createdBefore,
        createdAfter,
        expiresBefore,
        expiresAfter,
        expired,
        noExpiry,
        healthBelow,
        healthAtLeast,
        exposed,
        unusedSince);
  }

  static String normalise(String question) {
    return question
        .toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace("n't", " not")
        .replaceAll("[?!.;]+(\\s|$)", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }

  private static boolean isKeyword(String w) {
    return w.matches(
        "(in|with|that|which|expir\\w*|created|added|unused|used|health\\w*|not|keys?|production"
            + "|staging|development|prod|dev|live|exposed|older)");
  }

  private static String environment(String q) {
    if (Pattern.compile("\\b(production|prod|live)\\b").matcher(q).find()) {
      return "production";
    }
    if (Pattern.compile("\\b(staging|stage)\\b").matcher(q).find()) {
      return "staging";
    }
    if (Pattern.compile("\\b(development|dev)\\b").matcher(q).find()) {
      return "development";
    }
    return null;
  }

  private static String service(String q, Vocabulary vocab) {
    Map<String, String> names = new LinkedHashMap<>(SERVICE_ALIASES);
    for (String s : ServicePackages.get().services()) {
      names.put(s, s);
    }
    for (String s : vocab.services()) {
      names.put(s.toLowerCase(Locale.ROOT), s.toLowerCase(Locale.ROOT));
    }
    int best = Integer.MAX_VALUE;
    String found = null;
    for (Map.Entry<String, String> e : names.entrySet()) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(q);
      if (m.find() && m.start() < best) {
        best = m.start();
        found = e.getValue();
      }
    }
    return found;
  }

  private static String team(String q, Vocabulary vocab) {
    List<String> candidates = new ArrayList<>();
    Matcher after = Pattern.compile("\\bteam\\s+([a-z0-9_-]+)").matcher(q);
    while (after.find()) {
      candidates.add(after.group(1));
    }
    Matcher before = Pattern.compile("\\b([a-z0-9_-]+)\\s+team(?:'s)?\\b").matcher(q);
    while (before.find()) {
      candidates.add(before.group(1));
    }
    Collection<String> known = vocab.teams().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    for (String c : candidates) {
      if (known.contains(c)) {
        return c;
      }
    }
    for (String c : candidates) {
      if (!NOT_NAMES.contains(c) && !isKeyword(c)) {
        return c;
      }
    }
    return null;
  }

  /** The words after {@code anchor} up to the next anchor of another clause, or null. */
  private static String clause(String q, String anchor) {
    Matcher m = Pattern.compile(anchor).matcher(q);
    if (!m.find()) {
      return null;
    }
    String tail = q.substring(m.end());
    Matcher next = Pattern.compile(ANCHORS).matcher(tail);
    return next.find() ? tail.substring(0, next.start()) : tail;
  }

  private static LocalDate[] expiryWindow(String c, LocalDate today) {
    LocalDate firstOfNext = today.withDayOfMonth(1).plusMonths(1);
    if (c.contains("next month")) {
      return new LocalDate[] {firstOfNext, firstOfNext.plusMonths(1)};
    }
    if (c.contains("this month")) {
      return new LocalDate[] {null, firstOfNext};
    }
    if (c.contains("this week")) {
      return new LocalDate[] {null, today.plusDays(7)};
    }
    if (c.contains("this year")) {
      return new LocalDate[] {null, LocalDate.of(today.getYear() + 1, 1, 1)};
    }
    Matcher before = Pattern.compile("\\bbefore\\s+(.*)").matcher(c);
    if (before.find()) {
      LocalDate d = date(before.group(1), today, true);
      if (d != null) {
        return new LocalDate[] {null, d};
      }
    }
    LocalDate ahead = duration(c, today, true);
    if (ahead != null) {
      return new LocalDate[] {null, ahead};
    }
    if (c.contains("soon") || c.isBlank() || c.contains("ing")) {
      return new LocalDate[] {null, today.plusDays(30)};
    }
    return new LocalDate[] {null, today.plusDays(30)};
  }

  private static LocalDate[] createdWindow(String c, LocalDate today) {
    if (c.contains("this month")) {
      return new LocalDate[] {today.withDayOfMonth(1), null};
    }
    if (c.contains("this week")) {
      return new LocalDate[] {today.minusDays(7), null};
    }
    if (c.contains("this year")) {
      return new LocalDate[] {LocalDate.of(today.getYear(), 1, 1), null};
    }
    Matcher moreThan = Pattern.compile("\\bmore than\\s+(.*?)\\bago\\b").matcher(c);
    if (moreThan.find()) {
      return new LocalDate[] {null, durationBack(moreThan.group(1), today)};
    }
    Matcher before = Pattern.compile("\\bbefore\\s+(.*)").matcher(c);
    if (before.find()) {
      return new LocalDate[] {null, date(before.group(1), today, false)};
    }
    Matcher since = Pattern.compile("\\b(?:since|after)\\s+(.*)").matcher(c);
    if (since.find()) {
      return new LocalDate[] {date(since.group(1), today, false), null};
    }
    LocalDate back = durationBack(c, today);
    return new LocalDate[] {back, null};
  }

  private static LocalDate since(String c, LocalDate today) {
    Matcher since = Pattern.compile("\\bsince\\s+(.*)").matcher(c);
    if (since.find()) {
      String s = since.group(1);
      if (s.startsWith("last month")) {
        return today.withDayOfMonth(1).minusMonths(1);
      }
      if (s.startsWith("last year")) {
        return LocalDate.of(today.getYear() - 1, 1, 1);
      }
      if (s.startsWith("last week")) {
        return today.minusDays(7);
      }
      return date(s, today, false);
    }
    return durationBack(c, today);
  }

  /** "a year", "6 months", "90 days" back from today; null when there is none. */
  private static LocalDate durationBack(String c, LocalDate today) {
    return duration(c, today, false);
  }

  private static LocalDate duration(String c, LocalDate today, boolean ahead) {
    Matcher m = NUMBER.matcher(c);
    if (!m.find()) {
      return null;
    }
    int n = number(m.group(1));
    String unit = m.group(2);
    int sign = ahead ? 1 : -1;
    return switch (unit) {
      case "day" -> today.plusDays((long) sign * n);
      case "week" -> today.plusWeeks((long) sign * n);
      case "month" -> today.plusMonths((long) sign * n);
      default -> today.plusYears((long) sign * n);
    };
  }

  /**
   * A date: ISO ({@code 2026-02-15}), a year ({@code 2025} = its first day) or a month name (its
   * first day, the next such month when {@code future}, else the last one).
   */
  private static LocalDate date(String s, LocalDate today, boolean future) {
    Matcher iso = ISO_DATE.matcher(s);
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group(1));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      if (Pattern.compile("^\\s*" + name + "\\b").matcher(s).find()) {
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        if (future) {
          return month.getValue() > today.getMonthValue() ? first : first.plusYears(1);
        }
        return month.getValue() <= today.getMonthValue() ? first : first.minusYears(1);
      }
    }
    Matcher year = YEAR.matcher(s);
    if (year.find()) {
      return LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
    }
    return null;
  }

  private static int number(String w) {
    return switch (w) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(w);
    };
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(101, v));
  }
}
