package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Issue 23, faults: the database crashes ({@code kill -9}) and is shut down under concurrent key
 * creates over real HTTP, and Redis goes away. Every write the API acknowledged (201) is found
 * afterwards; while PostgreSQL is down requests answer a fast 503 APIError with {@code Retry-After}
 * (never 500); while Redis is down sign-in fails closed (503) and key reads and writes go on under
 * a budget kept in the process; the server recovers by itself when the store is back.
 */
@QuarkusTest
@TestProfile(StoreFaultTests.OwnStores.class)
class StoreFaultTests {

  private static final int CLIENTS = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A dedicated PostgreSQL and Redis, and budgets that do not get in the way of the load. */
  public static class OwnStores implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "keyhaven.vault.writes-per-minute", "1000000",
          "keyhaven.vault.reads-per-minute", "1000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(DedicatedStores.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Clients creating keys as fast as they are answered, tallying what they were told. */
  private final class Load implements AutoCloseable {
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    final AtomicLong slowest503Millis = new AtomicLong();
    final AtomicInteger transportErrors = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads;
    private final Account account;

    Load(Account account) {
      this.account = account;
      threads =
          java.util.stream.IntStream.range(0, CLIENTS)
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
        Map<String, Object> body = TestKeys.body(account.id(), "Stripe", "crash " + n++, "v" + n);
        long started = System.nanoTime();
        try {
          HttpResponse<String> r = send("POST", "/api/keys", account.accessToken(), body);
          long ms = (System.nanoTime() - started) / 1_000_000;
          statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
          if (r.statusCode() == 201) {
            acknowledged.add((String) body.get("id"));
          } else if (r.statusCode() == 503) {
            slowest503Millis.accumulateAndGet(ms, Math::max);
            String problem = unavailableProblem(r);
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

    /** Waits until at least {@code more} further writes were acknowledged (at most a minute). */
    void awaitAcknowledged(int more) throws InterruptedException {
      int target = acknowledged.size() + more;
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (acknowledged.size() < target && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(acknowledged.size())
          .as("writes acknowledged again")
          .isGreaterThanOrEqualTo(target);
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
    }
  }

  /** Null when {@code r} is the 503 the API promises, else what is wrong with it. */
  private static String unavailableProblem(HttpResponse<String> r) {
    try {
      JsonNode body = JSON.readTree(r.body());
      if (!"SERVICE_UNAVAILABLE".equals(body.path("code").asText())
          || !body.hasNonNull("request_id")
          || r.headers().firstValue("Retry-After").isEmpty()) {
        return "503 " + r.headers().map() + " " + r.body();
      }
      return null;
    } catch (Exception e) {
      return "503 not an APIError: " + r.body();
    }
  }

  private HttpResponse<String> send(String method, String path, String token, Object body)
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
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Set<String> storedKeys(UUID user) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection c = DedicatedStores.connect();
        var ps = c.prepareStatement("SELECT id FROM api_keys WHERE user_id = ?")) {
      ps.setObject(1, user);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }

  /** Answers the status of a request made while a store is down, checking a 503's shape. */
  private int duringOutage(String what, String method, String path, String token, Object body)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> r = send(method, path, token, body);
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("faults: %s while down -> %d in %d ms%n", what, r.statusCode(), ms);
    assertThat(r.statusCode()).as(what + ": " + r.body()).isNotEqualTo(500);
    if (r.statusCode() == 503) {
      assertThat(unavailableProblem(r)).as(what).isNull();
      assertThat(ms).as(what + " answers fast").isLessThan(5_000);
    }
    return r.statusCode();
  }

  @Test
  void databaseCrashAndRestartUnderLoad_everyAcknowledgedWriteIsKept_outageAnswers503()
      throws Exception {
    Account a = TestAccounts.create("crash");
    int killed;
    int ackBeforeCrash;
    int ackBeforeStop;
    Load load = new Load(a);
    try {
      load.awaitAcknowledged(150);
      // Crash: kill -9 of the postmaster and its backends in the middle of the writes.
      ackBeforeCrash = load.acknowledged.size();
      killed = DedicatedStores.crashPostgres();
      Thread.sleep(1_500);
      assertThat(duringOutage("login", "POST", "/api/auth/login", null, loginBody(a.email(), a)))
          .isEqualTo(503);
      assertThat(duringOutage("key list", "GET", "/api/keys", a.accessToken(), null))
          .isEqualTo(503);
      DedicatedStores.startPostgres();
      load.awaitAcknowledged(150);
      // A clean shutdown and start under the same load.
      ackBeforeStop = load.acknowledged.size();
      DedicatedStores.stopPostgres();
      Thread.sleep(1_000);
      DedicatedStores.startPostgres();
      load.awaitAcknowledged(150);
    } finally {
      load.close();
    }
    Set<String> stored = storedKeys(a.id());
    Set<String> missing = new HashSet<>(load.acknowledged);
    missing.removeAll(stored);
    System.out.printf(
        "faults: PostgreSQL kill -9 (%d processes) after %d acknowledged creates, clean restart"
            + " after %d; %d acknowledged (201) in all, %d found, %d missing; answers %s;"
            + " slowest 503 %d ms; transport errors %d%n",
        killed,
        ackBeforeCrash,
        ackBeforeStop,
        load.acknowledged.size(),
        load.acknowledged.size() - missing.size(),
        missing.size(),
        load.statuses,
        load.slowest503Millis.get(),
        load.transportErrors.get());
    assertThat(missing).as("acknowledged writes lost").isEmpty();
    assertThat(load.wrong).as("answers other than 201 or a proper 503").isEmpty();
    assertThat(load.count(503)).as("the outage was seen").isPositive();
    assertThat(load.slowest503Millis.get()).as("503s are fast").isLessThan(5_000);
  }

  private static Map<String, Object> loginBody(String email, Account a) {
    return Map.of("email", email, "auth_hash", a.authHash());
  }

  @Test
  void redisDown_loginFailsClosedWith503_keyReadsAndWritesGoOn_andAllRecover() throws Exception {
    Account a = TestAccounts.create("redis");
    HttpResponse<String> created =
        send(
            "POST",
            "/api/keys",
            a.accessToken(),
            TestKeys.body(a.id(), "OpenAI", "before", "value-before"));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = JSON.readTree(created.body()).path("id").asText();
    DedicatedStores.stopRedis();
    try {
      assertThat(duringOutage("login", "POST", "/api/auth/login", null, loginBody(a.email(), a)))
          .as("login fails closed")
          .isEqualTo(503);
      int create =
          duringOutage(
              "key create",
              "POST",
              "/api/keys",
              a.accessToken(),
              TestKeys.body(a.id(), "OpenAI", "during", "value-during"));
      assertThat(create).as("writes go on under a budget kept in the process").isEqualTo(201);
      int read = duringOutage("key read", "GET", "/api/keys/" + id, a.accessToken(), null);
      assertThat(read).isEqualTo(200);
      int list = duringOutage("key list", "GET", "/api/keys", a.accessToken(), null);
      assertThat(list).isEqualTo(200);
    } finally {
      DedicatedStores.startRedis();
    }
    // Back by itself: the next requests are counted and answered as before.
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    int login;
    do {
      login = send("POST", "/api/auth/login", null, loginBody(a.email(), a)).statusCode();
    } while (login != 200 && System.nanoTime() < until && sleep());
    assertThat(login).as("login after Redis is back").isEqualTo(200);
    assertThat(
            send(
                    "POST",
                    "/api/keys",
                    a.accessToken(),
                    TestKeys.body(a.id(), "OpenAI", "after", "value-after"))
                .statusCode())
        .isEqualTo(201);
  }

  private static boolean sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
