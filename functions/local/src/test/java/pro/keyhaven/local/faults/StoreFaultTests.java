package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private static final ObjectMapper JSON = FaultLoad.JSON;

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

  private static final Set<String> UNAVAILABLE = Set.of("SERVICE_UNAVAILABLE");

  private HttpResponse<String> send(String method, String path, String token, Object body)
      throws Exception {
    return FaultLoad.send(base, method, path, token, body);
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
      assertThat(FaultLoad.unavailableProblem(r, UNAVAILABLE)).as(what).isNull();
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
    FaultLoad load = new FaultLoad(base, a, CLIENTS, UNAVAILABLE);
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
    Set<String> stored = FaultLoad.storedKeys(a.id());
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
    // The audit chain of the account survived the crash and the clean restart: the product's own
    // verification holds, and every acknowledged create has its entry in the chain.
    FaultLoad.AuditFigures audit = FaultLoad.verifyAudit(base, a, load.acknowledged);
    System.out.printf("faults: after the PostgreSQL kill -9 and clean restart: %s%n", audit.line());
    assertThat(missing).as("acknowledged writes lost").isEmpty();
    audit.assertHolds();
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
