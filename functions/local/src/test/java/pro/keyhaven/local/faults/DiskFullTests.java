package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Issue 23, faults: the local server's data directory runs out of disk space under concurrent key
 * creates over real HTTP. While it is full, requests answer the APIError 503 {@code STORAGE_FULL}
 * with {@code Retry-After} (never 500, no stack trace); once space is freed writes are acknowledged
 * again, every write acknowledged before, during and after is in the database, and the account's
 * audit chain verifies with an entry for every acknowledged create.
 */
@QuarkusTest
@TestProfile(DiskFullTests.FullDisk.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiskFullTests {

  private static final int CLIENTS = 6;

  /** PostgreSQL on a small file system of its own, and budgets out of the load's way. */
  public static class FullDisk implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "keyhaven.vault.writes-per-minute", "1000000",
          "keyhaven.vault.reads-per-minute", "1000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(DiskFullStores.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  /** A full disk answers this; a PostgreSQL that stopped (or restarts) answers the other. */
  private static final Set<String> FULL_OR_DOWN = Set.of("STORAGE_FULL", "SERVICE_UNAVAILABLE");

  @TestHTTPResource("/")
  URL base;

  /** A request made while the disk is full: its status, checked for the promised shape. */
  private String probe(String what, String method, String path, String token, Object body)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> r = FaultLoad.send(base, method, path, token, body);
    long ms = (System.nanoTime() - started) / 1_000_000;
    String code =
        r.statusCode() >= 400 ? FaultLoad.JSON.readTree(r.body()).path("code").asText() : "";
    System.out.printf(
        "faults: %s with the disk full -> %d %s in %d ms%n", what, r.statusCode(), code, ms);
    assertThat(r.statusCode()).as(what + ": " + r.body()).isIn(200, 201, 503);
    if (r.statusCode() == 503) {
      assertThat(FaultLoad.unavailableProblem(r, FULL_OR_DOWN)).as(what).isNull();
    }
    return r.statusCode() + (code.isEmpty() ? "" : " " + code);
  }

  @Test
  @Order(1)
  void diskFullUnderLoad_answers503StorageFull_recoversWhenFreed_keepsEveryWriteAndTheChain()
      throws Exception {
    diskFull("tables", false);
  }

  /**
   * The same, but PostgreSQL is also made to start new WAL segments while the disk is full (as a
   * longer busy spell would): it cannot create them. What it does then is measured; the promises to
   * the client (no 500, no lost acknowledged write, an intact chain) must hold either way.
   */
  @Test
  @Order(2)
  void diskFullWhileTheWalNeedsANewSegment_noAcknowledgedWriteIsLost() throws Exception {
    diskFull("tables and WAL", true);
  }

  private void diskFull(String what, boolean switchWal) throws Exception {
    assumeThat(DiskFullStores.mounted())
        .as(
            "needs a file system of its own to fill (mount as root): %s",
            DiskFullStores.mountRefusal())
        .isTrue();
    Account a = TestAccounts.create("diskfull");
    int walSwitches = 0;
    String walProblem = null;
    long filled;
    long freeWhileFull;
    int ackBeforeFull;
    int ackWhileFull;
    int storageFullBeforeFree;
    boolean aliveWhileFull;
    boolean aliveAfterFree;
    boolean recoveredByItself;
    long recoveryMillis;
    List<String> probes = new ArrayList<>();
    FaultLoad load = new FaultLoad(base, a, CLIENTS, FULL_OR_DOWN);
    try {
      load.awaitAcknowledged(100);
      ackBeforeFull = load.acknowledged.size();
      filled = DiskFullStores.fill();
      freeWhileFull = DiskFullStores.freeBytes();
      int ackAtFull = load.acknowledged.size();
      if (switchWal) {
        // Ten segment switches, each leaving the rest of a 16 MB segment unused.
        for (int i = 0; i < 10 && walProblem == null; i++) {
          try (java.sql.Connection c = DedicatedStores.connect();
              var st = c.createStatement()) {
            st.execute("SELECT pg_switch_wal()");
            walSwitches++;
          } catch (java.sql.SQLException e) {
            walProblem = e.getSQLState() + " " + e.getMessage().replaceAll("\\s+", " ");
          }
          Thread.sleep(200);
        }
      }
      // Full for a while under the load: at least a few seconds and 50 refused writes.
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long atLeast = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (System.nanoTime() < until
          && (System.nanoTime() < atLeast || load.count503("STORAGE_FULL") < 50)) {
        Thread.sleep(100);
      }
      probes.add("key list " + probe("key list", "GET", "/api/keys", a.accessToken(), null));
      probes.add(
          "sign-in "
              + probe(
                  "sign-in",
                  "POST",
                  "/api/auth/login",
                  null,
                  Map.of("email", a.email(), "auth_hash", a.authHash())));
      ackWhileFull = load.acknowledged.size() - ackAtFull;
      storageFullBeforeFree = load.count503("STORAGE_FULL");
      aliveWhileFull = DedicatedStores.postgresRunning();
      // Free the space; nothing else is done: the server and PostgreSQL carry on by themselves.
      DiskFullStores.empty();
      long freed = System.nanoTime();
      recoveredByItself = load.tryAwaitAcknowledged(100, Duration.ofSeconds(60));
      recoveryMillis = (System.nanoTime() - freed) / 1_000_000;
      aliveAfterFree = DedicatedStores.postgresRunning();
      if (!recoveredByItself && !aliveAfterFree) {
        // PostgreSQL stopped itself: what restarting the local server does, starting it again.
        DedicatedStores.forgetPostgres();
        DedicatedStores.startPostgres();
        load.awaitAcknowledged(100);
      }
    } finally {
      load.close();
    }
    Set<String> stored = FaultLoad.storedKeys(a.id());
    Set<String> missing = new HashSet<>(load.acknowledged);
    missing.removeAll(stored);
    FaultLoad.AuditFigures audit = FaultLoad.verifyAudit(base, a, load.acknowledged);
    System.out.printf(
        "faults: disk full (%s; filler %d MiB, %d bytes left; WAL switches %d%s) after %d"
            + " acknowledged creates;"
            + " while full: %d acknowledged, %d x 503 STORAGE_FULL, PostgreSQL %s; probes %s;"
            + " after freeing: %s (waited %d ms; PostgreSQL was %s); %d acknowledged (201) in all,"
            + " %d found, %d missing; answers %s, 503 codes %s; slowest 503 %d ms;"
            + " transport errors %d%n",
        what,
        filled >> 20,
        freeWhileFull,
        walSwitches,
        walProblem == null ? "" : ", then " + walProblem,
        ackBeforeFull,
        ackWhileFull,
        storageFullBeforeFree,
        aliveWhileFull ? "running" : "stopped",
        probes,
        recoveredByItself
            ? "writes acknowledged again without a restart"
            : "no write acknowledged, so PostgreSQL was started again",
        recoveryMillis,
        aliveAfterFree ? "running" : "stopped",
        load.acknowledged.size(),
        load.acknowledged.size() - missing.size(),
        missing.size(),
        load.statuses,
        load.codes503,
        load.slowest503Millis.get(),
        load.transportErrors.get());
    System.out.printf("faults: after the disk (%s) was full and freed: %s%n", what, audit.line());
    assertThat(missing).as("acknowledged writes lost").isEmpty();
    audit.assertHolds();
    assertThat(load.wrong).as("answers other than 201 or a proper 503").isEmpty();
    assertThat(load.count(500)).as("no 500").isZero();
    if (switchWal) {
      assertThat(load.count(503)).as("the full disk was seen").isPositive();
    } else {
      assertThat(storageFullBeforeFree).as("the full disk was seen as STORAGE_FULL").isPositive();
    }
    // Without a restart, unless PostgreSQL stopped itself (then the restart above must have done).
    assertThat(recoveredByItself || !aliveAfterFree)
        .as("writes acknowledged again once space was freed, PostgreSQL still running")
        .isTrue();
  }
}
