package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Clients creating keys over real HTTP as fast as they are answered, with ids they chose, tallying
 * what they were told; and the checks made afterwards against the database and the product's own
 * audit verification.
 */
final class FaultLoad implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> codes503 = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
  final AtomicLong slowest503Millis = new AtomicLong();
  final AtomicInteger transportErrors = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads;
  private final URL base;
  private final Account account;
  private final Set<String> allowed503Codes;

  /**
   * Starts {@code clients} threads; a 503 answer counts as proper when its code is one of {@code
   * allowed503Codes} and it has the APIError shape and {@code Retry-After}.
   */
  FaultLoad(URL base, Account account, int clients, Set<String> allowed503Codes) {
    this.base = base;
    this.account = account;
    this.allowed503Codes = allowed503Codes;
    threads =
        java.util.stream.IntStream.range(0, clients)
            .mapToObj(
                i -> {
                  Thread t = new Thread(this::loop, "fault-load-" + i);
                  t.setDaemon(true);
                  t.start();
                  return t;
                })
            .toList();
  }

  private void loop() {
    int n = 0;
    while (running.get()) {
      Map<String, Object> body = TestKeys.body(account.id(), "Stripe", "fault " + n++, "v" + n);
      long started = System.nanoTime();
      try {
        HttpResponse<String> r = send(base, "POST", "/api/keys", account.accessToken(), body);
        long ms = (System.nanoTime() - started) / 1_000_000;
        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        if (r.statusCode() == 201) {
          acknowledged.add((String) body.get("id"));
        } else if (r.statusCode() == 503) {
          slowest503Millis.accumulateAndGet(ms, Math::max);
          codes503
              .computeIfAbsent(
                  JSON.readTree(r.body()).path("code").asText(), c -> new AtomicInteger())
              .incrementAndGet();
          String problem = unavailableProblem(r, allowed503Codes);
          if (problem != null) {
            wrong.add(problem);
          }
        } else {
          wrong.add(r.statusCode() + " " + r.body());
        }
      } catch (Exception e) {
        transportErrors.incrementAndGet();
      }
    }
  }

  int count(int status) {
    AtomicInteger c = statuses.get(status);
    return c == null ? 0 : c.get();
  }

  int count503(String code) {
    AtomicInteger c = codes503.get(code);
    return c == null ? 0 : c.get();
  }

  /** Waits until at least {@code more} further writes were acknowledged (at most a minute). */
  void awaitAcknowledged(int more) throws InterruptedException {
    assertThat(tryAwaitAcknowledged(more, Duration.ofSeconds(60)))
        .as("writes acknowledged again")
        .isTrue();
  }

  /** Whether {@code more} further writes were acknowledged within {@code limit}. */
  boolean tryAwaitAcknowledged(int more, Duration limit) throws InterruptedException {
    int target = acknowledged.size() + more;
    long until = System.nanoTime() + limit.toNanos();
    while (acknowledged.size() < target && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    return acknowledged.size() >= target;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Null when {@code r} is a 503 the API promises, else what is wrong with it. */
  static String unavailableProblem(HttpResponse<String> r, Set<String> allowedCodes) {
    try {
      JsonNode body = JSON.readTree(r.body());
      if (!allowedCodes.contains(body.path("code").asText())
          || !"INTERNAL_SERVER".equals(body.path("type").asText())
          || !body.hasNonNull("request_id")
          || r.headers().firstValue("Retry-After").isEmpty()
          || r.body().contains("at pro.keyhaven.")
          || r.body().contains("Exception")) {
        return "503 " + r.headers().map() + " " + r.body();
      }
      return null;
    } catch (Exception e) {
      return "503 not an APIError: " + r.body();
    }
  }

  static HttpResponse<String> send(URL base, String method, String path, String token, Object body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The ids of the user's keys, read from the database. */
  static Set<String> storedKeys(UUID user) throws Exception {
    return ids("SELECT id FROM api_keys WHERE user_id = ?", user);
  }

  /** The resource ids of the sealed {@code key.create} entries in the user's audit chain. */
  static Set<String> sealedCreates(UUID user) throws Exception {
    return ids(
        "SELECT resource_id FROM audit_logs WHERE tenant_id = ? AND action = 'key.create'"
            + " AND chain_index IS NOT NULL",
        user);
  }

  private static Set<String> ids(String sql, UUID user) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection c = DedicatedStores.connect();
        var ps = c.prepareStatement(sql)) {
      ps.setObject(1, user);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /**
   * The product's own verification of the account's audit chain ({@code GET /api/audit/verify},
   * which seals what is pending first), walked from the start until it reports the head reached.
   */
  static AuditFigures verifyAudit(URL base, Account account, Set<String> acknowledged)
      throws Exception {
    JsonNode verdict = null;
    boolean fromStart = true;
    for (int call = 0; call < 100; call++) {
      HttpResponse<String> r =
          send(
              base,
              "GET",
              "/api/audit/verify" + (fromStart ? "?full=true" : ""),
              account.accessToken(),
              null);
      assertThat(r.statusCode()).as("audit verify: " + r.body()).isEqualTo(200);
      verdict = JSON.readTree(r.body());
      fromStart = false;
      if (!verdict.path("valid").asBoolean() || verdict.path("complete").asBoolean()) {
        break;
      }
    }
    Set<String> creates = sealedCreates(account.id());
    Set<String> missing = new HashSet<>(acknowledged);
    missing.removeAll(creates);
    return new AuditFigures(
        verdict.path("valid").asBoolean(),
        verdict.path("complete").asBoolean(),
        verdict.path("verified_through").asLong(),
        verdict.path("unsealed").asLong(),
        verdict.path("problem").asText(null),
        creates.size(),
        missing.size());
  }

  /** What the audit check found; {@code missingCreates} acknowledged creates without an entry. */
  record AuditFigures(
      boolean valid,
      boolean complete,
      long chainLength,
      long unsealed,
      String problem,
      int sealedCreates,
      int missingCreates) {

    String line() {
      return String.format(
          "audit chain %s (%s, %d entries, %d unsealed%s); %d sealed key.create entries, %d"
              + " acknowledged creates without one",
          valid ? "verifies" : "BROKEN",
          complete ? "walked to its head" : "NOT walked to its head",
          chainLength,
          unsealed,
          problem == null ? "" : ", problem: " + problem,
          sealedCreates,
          missingCreates);
    }

    void assertHolds() {
      assertThat(valid).as("audit chain verifies: " + line()).isTrue();
      assertThat(complete).as("verification reached the head: " + line()).isTrue();
      assertThat(missingCreates).as("acknowledged creates missing from the chain").isZero();
    }
  }
}
