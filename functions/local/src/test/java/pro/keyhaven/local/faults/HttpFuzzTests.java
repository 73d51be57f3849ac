package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Issue 23, hostile input: an HTTP fuzzer over real HTTP. For every operation in docs/openapi.json
 * it sends random and mutated bodies (made from the operation's own schema, then broken: wrong
 * types, missing or unknown fields, huge or odd strings, deep nesting, bytes that are not JSON),
 * odd headers (tokens, content types, If-Match, request ids) and mangled paths. Counts answers with
 * status 5xx, bodies with a stack trace or an internal class name, and error answers not in the
 * APIError shape; all three must be 0.
 *
 * <p>{@code -Dkeyhaven.fuzz.http.requests=N} (default 10,000) and {@code
 * -Dkeyhaven.fuzz.http.seed=S} (default: a new seed, printed) make longer or repeatable runs.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(HttpFuzzTests.Unthrottled.class)
class HttpFuzzTests {

  /** Budgets high enough that the fuzzer reaches the handlers, not only the 429s. */
  public static class Unthrottled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("keyhaven.vault.writes-per-minute", "1000000"),
          Map.entry("keyhaven.vault.reads-per-minute", "1000000"),
          Map.entry("keyhaven.teams.writes-per-minute", "1000000"),
          Map.entry("keyhaven.auth.public-requests-per-minute", "1000000"),
          Map.entry("keyhaven.auth.max-failures-per-account", "1000000"),
          Map.entry("keyhaven.auth.max-failures-per-ip", "1000000"));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What must never reach a client: stack frames and the names of our or our stack's classes. */
  private static final Pattern LEAK =
      Pattern.compile(
          "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|Exception\\b|\\bpro\\.keyhaven\\.|\\bjava\\.(lang|util|io|net)\\."
              + "|\\borg\\.hibernate|\\bio\\.vertx|\\bio\\.quarkus|\\bio\\.smallrye|\\bcom\\.fasterxml"
              + "|\\borg\\.postgresql|\\bio\\.netty|SQLSTATE|PgException)");

  private static final String[] ODD_STRINGS = {
    "",
    " ",
    "null",
    "0",
    "-1",
    "1e309",
    "NaN",
    "true",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "\uD800",
    "\uFFFF",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "${jndi:ldap://x/y}",
    "v1.",
    "v1.AAAA.",
    "v999.AAAA",
    "AAAA====",
    "2026-13-45T99:99:99Z",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "\u202E\u0645\u0631\u062D\u0628\u0627",
    "😀😀😀",
    "a\r\nX-Injected: 1",
  };

  private static final String[] CONTENT_TYPES = {
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/xml",
    "multipart/form-data; boundary=x",
    "application/x-www-form-urlencoded",
    "application/json; charset=utf-16",
    "*/*",
    "",
    "application/json;;;",
  };

  @TestHTTPResource("/")
  URL base;

  private record Operation(String method, String path, JsonNode op) {}

  @Test
  void tenThousandHostileRequests_no5xx_noInternals_everyErrorIsAnApiError() throws Exception {
    int total = Integer.getInteger("keyhaven.fuzz.http.requests", 10_000);
    long seed = Long.getLong("keyhaven.fuzz.http.seed", new Random().nextLong());
    JsonNode doc = JSON.readTree(openApiDocument());
    List<Operation> operations = new ArrayList<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (Set.of("get", "post", "put", "patch", "delete")
                              .contains(m.getKey())) {
                            operations.add(
                                new Operation(
                                    m.getKey().toUpperCase(java.util.Locale.ROOT),
                                    p.getKey(),
                                    m.getValue()));
                          }
                        }));
    assertThat(operations).hasSizeGreaterThan(50);
    List<Account> accounts = List.of(TestAccounts.create("fuzz"), TestAccounts.create("fuzz"));

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger serverErrors = new AtomicInteger();
    AtomicInteger leaks = new AtomicInteger();
    AtomicInteger notApiError = new AtomicInteger();
    AtomicInteger transport = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> perOperation = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      long threadSeed = seed + t;
      pool.submit(
          () -> {
            Random random = new Random(threadSeed);
            while (sent.get() < total) {
              Operation op = operations.get(random.nextInt(operations.size()));
              Account account = accounts.get(random.nextInt(accounts.size()));
              HttpRequest request;
              String label;
              try {
                Fuzzed f = fuzz(op, account, random, doc);
                request = f.request();
                label = f.label();
              } catch (IllegalArgumentException unsendable) {
                // The client refuses to send it (e.g. a control character in a header); skip.
                continue;
              }
              if (sent.incrementAndGet() > total) {
                break;
              }
              perOperation
                  .computeIfAbsent(op.method() + " " + op.path(), k -> new AtomicInteger())
                  .incrementAndGet();
              HttpResponse<String> r;
              try {
                r = http.send(request, HttpResponse.BodyHandlers.ofString());
              } catch (Exception e) {
                transport.incrementAndGet();
                continue;
              }
              statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
              String body = r.body() == null ? "" : r.body();
              String problem = null;
              // An outside service (GitHub) that cannot be reached is a 503 EXTERNAL_SERVICE by
              // design: not this server's fault. Tests point it at a closed local port.
              boolean outsideDown =
                  r.statusCode() == 503 && body.contains("\"type\":\"EXTERNAL_SERVICE\"");
              if (r.statusCode() >= 500 && !outsideDown) {
                serverErrors.incrementAndGet();
                problem = "5xx";
              }
              if (LEAK.matcher(body).find()) {
                leaks.incrementAndGet();
                problem = "leak";
              }
              // A HEAD answer has no body by definition.
              if (r.statusCode() >= 400 && !"HEAD".equals(request.method()) && !isApiError(r)) {
                notApiError.incrementAndGet();
                problem = "not an APIError";
              }
              if (problem != null && examples.size() < 40) {
                examples.add(
                    problem
                        + ": "
                        + label
                        + " -> "
                        + r.statusCode()
                        + " "
                        + body.substring(0, Math.min(300, body.length())));
              }
            }
            return null;
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
    long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
    int answered = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf(
        "http-fuzz: seed %d, %d operations, %d requests answered in %d s (%d transport errors);"
            + " 5xx %d, stack traces or internal names %d, error bodies not an APIError %d;"
            + " statuses %s; least-hit operation %d requests%n",
        seed,
        operations.size(),
        answered,
        seconds,
        transport.get(),
        serverErrors.get(),
        leaks.get(),
        notApiError.get(),
        new java.util.TreeMap<>(statuses),
        perOperation.values().stream().mapToInt(AtomicInteger::get).min().orElse(0));
    examples.forEach(e -> System.out.println("http-fuzz: " + e));
    assertThat(answered).isGreaterThanOrEqualTo(total * 9 / 10);
    assertThat(perOperation).hasSize(operations.size());
    assertThat(examples).as("answers that break the rules (seed " + seed + ")").isEmpty();
  }

  private static boolean isApiError(HttpResponse<String> r) {
    try {
      JsonNode b = JSON.readTree(r.body());
      return b != null
          && b.path("type").isTextual()
          && b.path("code").isTextual()
          && b.path("message").isTextual()
          && b.has("details")
          && b.path("timestamp").isTextual()
          && b.path("request_id").isTextual()
          && r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    } catch (Exception e) {
      return false;
    }
  }

  private record Fuzzed(HttpRequest request, String label) {}

  private Fuzzed fuzz(Operation op, Account account, Random random, JsonNode doc) {
    String method =
        random.nextInt(25) == 0
            ? pick(random, "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")
            : op.method();
    StringBuilder path = new StringBuilder(fillPath(op.path(), random));
    // Query parameters: the documented ones with odd values, sometimes an unknown one.
    List<String> query = new ArrayList<>();
    for (JsonNode p : op.op().path("parameters")) {
      if ("query".equals(p.path("in").asText()) && random.nextBoolean()) {
        query.add(p.path("name").asText() + "=" + urlEncode(oddValue(random, p.path("schema"))));
      }
    }
    if (random.nextInt(10) == 0) {
      query.add(urlEncode(string(random)) + "=" + urlEncode(string(random)));
    }
    if (!query.isEmpty()) {
      path.append('?').append(String.join("&", query));
    }
    String target = path.toString();
    if (random.nextInt(20) == 0) {
      target = mangle(target, random);
    }
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(target));
    } catch (IllegalArgumentException e) {
      b = HttpRequest.newBuilder(URI.create(base.toString()).resolve("/api/" + UUID.randomUUID()));
    }
    b.timeout(Duration.ofSeconds(30));
    switch (random.nextInt(8)) {
      case 0 -> {}
      case 1 -> b.header("Authorization", "Bearer " + string(random));
      case 2 ->
          b.header(
              "Authorization",
              pick(random, "Basic YTpi", "Bearer", "bearer x.y.z", "Bearer " + "A".repeat(3000)));
      case 3 -> b.header("Authorization", "Bearer " + tamper(account.accessToken(), random));
      default -> {
        // Ending every sign-in of the fuzz accounts would leave only 401s to look at.
        if (!op.path().equals("/api/auth/logout-all")) {
          b.header("Authorization", "Bearer " + account.accessToken());
        }
      }
    }
    if (random.nextInt(6) == 0) {
      b.header(
          "If-Match",
          pick(
              random,
              "\"1\"",
              "*",
              "W/\"2\"",
              "1",
              "\"" + string(random) + "\"",
              "\"99999999999999999999\""));
    }
    if (random.nextInt(6) == 0) {
      b.header("X-Request-Id", string(random));
    }
    if (random.nextInt(10) == 0) {
      b.header(
          "Accept",
          pick(random, "text/html", "application/xml", "*/*", "application/json;q=0", "image/png"));
    }
    if (random.nextInt(10) == 0) {
      b.header(
          "X-Forwarded-For", pick(random, "1.2.3.4", "::1", "not-an-ip", "1.2.3.4, 5.6.7.8", ""));
    }
    byte[] body = null;
    JsonNode schema = op.op().at("/requestBody/content/application~1json/schema");
    if (!schema.isMissingNode() || random.nextInt(8) == 0) {
      body = body(schema, random, doc);
    }
    String contentType =
        body == null
            ? null
            : (random.nextInt(5) == 0 ? pick(random, CONTENT_TYPES) : "application/json");
    if (contentType != null && !contentType.isEmpty()) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    String label =
        method
            + " "
            + target.substring(0, Math.min(120, target.length()))
            + (body == null
                ? ""
                : " body "
                    + new String(body, 0, Math.min(200, body.length), StandardCharsets.UTF_8));
    return new Fuzzed(b.build(), label);
  }

  private static String fillPath(String template, Random random) {
    StringBuilder out = new StringBuilder();
    var m = Pattern.compile("\\{[^}]+}").matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start());
      out.append(
          switch (random.nextInt(6)) {
            case 0 -> urlEncode(string(random));
            case 1 -> "00000000-0000-0000-0000-000000000000";
            case 2 -> UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
            default -> UUID.randomUUID().toString();
          });
      last = m.end();
    }
    out.append(template.substring(last));
    return out.toString();
  }

  private static String mangle(String target, Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> target + "/";
      case 1 -> target + "/..";
      case 2 -> target.replace("/api/", "/api//");
      case 3 -> target + "%2e%2e%2f";
      case 4 -> target + ";jsessionid=1";
      case 5 -> target + "/" + "z".repeat(random.nextInt(6000));
      default -> target.toUpperCase(java.util.Locale.ROOT);
    };
  }

  private static String tamper(String token, Random random) {
    char[] c = token.toCharArray();
    int i = random.nextInt(c.length);
    c[i] = c[i] == 'A' ? 'B' : 'A';
    return new String(c);
  }

  private static byte[] body(JsonNode schema, Random random, JsonNode doc) {
    switch (random.nextInt(12)) {
      case 0:
        return randomBytes(random);
      case 1:
        return pick(
                random,
                "",
                "{",
                "[]",
                "null",
                "\"x\"",
                "{\"a\":}",
                "{}}",
                "[[[[[[[[[[",
                "{\"x\":1e999999}")
            .getBytes(StandardCharsets.UTF_8);
      case 2:
        return deep(random.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
      default:
        JsonNode value = valueFor(schema, random, doc, 0);
        if (value instanceof ObjectNode o) {
          mutate(o, random);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String deep(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static void mutate(ObjectNode o, Random random) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    int changes = random.nextInt(4);
    for (int i = 0; i < changes && !names.isEmpty(); i++) {
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(7)) {
        case 0 -> o.remove(name);
        case 1 -> o.putNull(name);
        case 2 -> o.put(name, random.nextLong());
        case 3 -> o.put(name, string(random));
        case 4 -> o.set(name, NODES.arrayNode().add(string(random)));
        case 5 -> o.put(name, "x".repeat(random.nextInt(70_000)));
        default -> o.put(name, random.nextBoolean());
      }
    }
    if (random.nextInt(8) == 0) {
      o.put("unknown_" + random.nextInt(100), string(random));
    }
  }

  /** A value that fits {@code schema} most of the time, with odd strings and numbers mixed in. */
  private static JsonNode valueFor(JsonNode schema, Random random, JsonNode doc, int depth) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      return valueFor(doc.path("components").path("schemas").path(name), random, doc, depth + 1);
    }
    if (schema.has("allOf") && schema.get("allOf").size() > 0) {
      return valueFor(schema.get("allOf").get(0), random, doc, depth + 1);
    }
    if (depth > 6) {
      return NODES.nullNode();
    }
    if (schema.has("enum") && random.nextInt(4) != 0) {
      JsonNode e = schema.get("enum");
      return e.get(random.nextInt(e.size()));
    }
    String type = schema.path("type").asText("object");
    switch (type) {
      case "object" -> {
        ObjectNode o = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
          Map.Entry<String, JsonNode> p = props.next();
          if (random.nextInt(5) != 0) {
            o.set(p.getKey(), valueFor(p.getValue(), random, doc, depth + 1));
          }
        }
        return o;
      }
      case "array" -> {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(10) == 0 ? random.nextInt(2000) : random.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(valueFor(schema.path("items"), random, doc, depth + 1));
        }
        return a;
      }
      case "integer" -> {
        return random.nextInt(4) == 0
            ? NODES.numberNode(pick(random, Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, 2147483648L))
            : NODES.numberNode(random.nextInt(1000));
      }
      case "number" -> {
        return NODES.numberNode(random.nextInt(3) == 0 ? -1e300 : random.nextDouble() * 1000);
      }
      case "boolean" -> {
        return NODES.booleanNode(random.nextBoolean());
      }
      default -> {
        return NODES.textNode(stringFor(schema, random));
      }
    }
  }

  private static String stringFor(JsonNode schema, Random random) {
    String format = schema.path("format").asText("");
    if (random.nextInt(4) == 0) {
      return string(random);
    }
    return switch (format) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date-time" -> "2026-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z";
      case "email" -> "fuzz" + random.nextInt(100000) + "@example.com";
      default -> {
        String name = schema.path("pattern").asText("");
        if (name.contains("v[1-9]")) {
          yield "v1."
              + java.util.Base64.getEncoder().encodeToString(new byte[12 + random.nextInt(40)]);
        }
        yield java.util.Base64.getEncoder().encodeToString(new byte[random.nextInt(48)]);
      }
    };
  }

  private static String oddValue(Random random, JsonNode schema) {
    return random.nextInt(3) == 0 ? stringFor(schema, random) : string(random);
  }

  private static String string(Random random) {
    if (random.nextBoolean()) {
      return ODD_STRINGS[random.nextInt(ODD_STRINGS.length)];
    }
    int n = random.nextInt(10) == 0 ? random.nextInt(5000) : random.nextInt(40);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) (random.nextInt(8) == 0 ? random.nextInt(0xD7FF) : 32 + random.nextInt(95)));
    }
    return s.toString();
  }

  private static byte[] randomBytes(Random random) {
    byte[] b = new byte[random.nextInt(2048)];
    random.nextBytes(b);
    return b;
  }

  private static String urlEncode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String openApiDocument() throws java.io.IOException {
    File dir = new File(System.getProperty("user.dir")).getAbsoluteFile();
    while (dir != null && !new File(dir, "docs/openapi.json").isFile()) {
      dir = dir.getParentFile();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/openapi.json not found");
    }
    return java.nio.file.Files.readString(new File(dir, "docs/openapi.json").toPath());
  }
}
