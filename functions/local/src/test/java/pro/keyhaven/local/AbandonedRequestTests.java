package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.CapturedLog;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * A request the server has started runs to its end when the client goes away. By default Quarkus
 * REST cancels the resource's {@code Uni} when the connection closes; cancelling a Hibernate
 * Reactive transaction half-way leaves a session touched from two threads ("possible non-threadsafe
 * access to session"), a live transaction rolled back on close, and with bad timing a pool
 * connection that is never returned. Every resource therefore says {@code Cancellable(false)}: a
 * write either commits or fails on its own terms, never because a client stopped waiting.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AbandonedRequestTests {

  private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
  private static final DotName CANCELLABLE = DotName.createSimple(Cancellable.class.getName());
  private static final int ABANDONED = 160;

  @Test
  void everyResourceOfEveryAreaRunsToItsEndWhenTheClientLeaves() throws IOException {
    List<String> resources = new ArrayList<>();
    List<String> cancellable = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/jandex.idx"))) {
      Index index;
      try (InputStream in = url.openStream()) {
        index = new IndexReader(in).read();
      }
      for (AnnotationInstance path : index.getAnnotations(PATH)) {
        if (path.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.CLASS) {
          continue;
        }
        ClassInfo type = path.target().asClass();
        if (!type.name().toString().startsWith("pro.keyhaven.") || type.isInterface()) {
          continue; // REST clients (interfaces) are not served
        }
        resources.add(type.name().toString());
        AnnotationInstance flag = type.declaredAnnotation(CANCELLABLE);
        if (flag == null || flag.value() == null || flag.value().asBoolean()) {
          cancellable.add(type.name().toString());
        }
      }
    }
    // Every area's resources are indexed (the areas build a Jandex index of their classes).
    assertThat(new TreeSet<>(resources))
        .contains(
            "pro.keyhaven.vault.rest.KeysResource",
            "pro.keyhaven.auth.rest.AuthResource",
            "pro.keyhaven.teams.rest.TeamsResource",
            "pro.keyhaven.rotation.rest.KeyRotationResource",
            "pro.keyhaven.billing.rest.StripeWebhookResource");
    assertThat(cancellable).as("resources a client disconnect would cancel half-way").isEmpty();
  }

  @Test
  void keyCreatesWhoseClientHungUpAreWholeOrAbsentAndLeaveNothingBehind() throws Exception {
    Account a = TestAccounts.create("hangup");
    ObjectMapper json = new ObjectMapper();
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    CapturedLog log = CapturedLog.start();
    try {
      // Each create is sent whole and its socket closed 0-200 ms later, so the close lands before,
      // during and after the transaction; eight senders at once.
      ExecutorService senders = Executors.newFixedThreadPool(8);
      List<Future<?>> sent = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        sent.add(
            senders.submit(
                () -> {
                  java.util.Random random = new java.util.Random(thread);
                  for (int i = 0; i < ABANDONED / 8; i++) {
                    Map<String, Object> body =
                        TestKeys.body(a.id(), "Stripe", "abandoned " + i, "sk-" + i);
                    ids.add((String) body.get("id"));
                    sendAndHangUp(a, json.writeValueAsBytes(body), random.nextInt(201));
                  }
                  return null;
                }));
      }
      for (Future<?> f : sent) {
        f.get();
      }
      senders.shutdown();
      // Wait until the server has finished what it started (the key count stops moving).
      long last = -1;
      for (int i = 0; i < 50; i++) {
        Thread.sleep(300);
        long now = keyCount(a);
        if (now == last) {
          break;
        }
        last = now;
      }
    } finally {
      log.close();
    }

    // Each create is whole (key, first version, key.create entry) or absent; none half-done.
    List<String> halfDone = new ArrayList<>();
    int whole = 0;
    for (String id : ids) {
      int parts =
          rows("SELECT 1 FROM api_keys WHERE id = ?::uuid", id)
              + rows("SELECT 1 FROM api_key_versions WHERE key_id = ?::uuid", id)
              + rows(
                  "SELECT 1 FROM audit_logs WHERE resource_id = ? AND action = 'key.create'", id);
      if (parts == 3) {
        whole++;
      } else if (parts != 0) {
        halfDone.add(id + " (" + parts + " of 3)");
      }
    }
    System.out.printf(
        "abandoned: %d creates hung up on, %d committed whole, %d never started%n",
        ids.size(), whole, ids.size() - whole - halfDone.size());
    assertThat(halfDone).isEmpty();
    // No transaction was cut half-way: Hibernate Reactive complains of exactly that.
    assertThat(log.lines())
        .as("server log lines of a transaction cut half-way")
        .noneMatch(l -> l.contains("HR000090") || l.contains("non-threadsafe access to session"));
    // No pool connection was left behind: more concurrent writes than the pool has connections
    // (20) all get through, and no connection sits idle in a transaction.
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        answers.add(
            pool.submit(
                () ->
                    given()
                        .auth()
                        .oauth2(a.accessToken())
                        .contentType("application/json")
                        .body(TestKeys.body(a.id(), "OpenAI", "after " + n, "v" + n))
                        .post("/api/keys")
                        .statusCode()));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            rows(
                "SELECT 1 FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND state = 'idle in transaction' AND pid <> pg_backend_pid()"
                    // A background job between two statements is idle for an instant; a
                    // connection left behind stays so.
                    + " AND state_change < now() - interval '5 seconds'"))
        .isZero();
  }

  private static void sendAndHangUp(Account a, byte[] body, int afterMs)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + a.accessToken()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      Thread.sleep(afterMs);
    }
  }

  private static long keyCount(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/keys")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static int rows(String sql, Object... args) {
    return PlatformTestResource.database().query(sql, args).size();
  }
}
