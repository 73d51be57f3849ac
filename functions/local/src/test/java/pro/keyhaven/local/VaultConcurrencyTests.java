package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/** Concurrent writers over real HTTP: none is lost, and If-Match lets exactly one win. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class VaultConcurrencyTests {

  private static final int WRITERS = 24;

  private static String createKey(Account a) {
    return given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(TestKeys.body(a.id(), "Stripe", "contended", "v0"))
        .post("/api/keys")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static List<Response> race(List<Callable<Response>> jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
    try {
      List<Response> out = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(jobs)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void concurrentValueChangesAreAllKept() throws Exception {
    Account a = TestAccounts.create("race");
    String id = createKey(a);
    List<Callable<Response>> jobs = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      TestKeys.Sealed v = TestKeys.encrypt("value-" + i, a.id(), UUID.fromString(id));
      jobs.add(
          () ->
              given()
                  .auth()
                  .oauth2(a.accessToken())
                  .contentType("application/json")
                  .body(Map.of("encrypted_value", v.encryptedValue(), "iv", v.iv()))
                  .put("/api/keys/" + id));
    }
    List<Response> answers = race(jobs);
    assertThat(answers).hasSize(jobs.size()).allMatch(r -> r.statusCode() == 200);
    List<Integer> versions =
        answers.stream().map(r -> r.jsonPath().getInt("version")).sorted().toList();
    List<Integer> expected = new ArrayList<>();
    for (int v = 2; v <= WRITERS + 1; v++) {
      expected.add(v);
    }
    assertThat(versions).isEqualTo(expected);
    assertThat(
            PlatformTestResource.database()
                .query("SELECT count(*) AS n FROM api_key_versions WHERE key_id = ?::uuid", id)
                .get(0)
                .get("n"))
        .isEqualTo((long) WRITERS + 1);
    // Every value written is still there, as the current value or a version.
    List<String> values =
        given()
            .auth()
            .oauth2(a.accessToken())
            .get("/api/keys/" + id + "/versions")
            .then()
            .extract()
            .jsonPath()
            .getList("items", Map.class)
            .stream()
            .map(
                m ->
                    TestKeys.decrypt(
                        (String) m.get("encrypted_value"),
                        (String) m.get("iv"),
                        a.id(),
                        UUID.fromString(id)))
            .toList();
    for (int i = 0; i < WRITERS; i++) {
      assertThat(values).contains("value-" + i);
    }
  }

  @Test
  void withIfMatchExactlyOneConcurrentWriterWins() throws Exception {
    Account a = TestAccounts.create("race");
    String id = createKey(a);
    List<Callable<Response>> jobs = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      String name = "writer " + i;
      jobs.add(
          () ->
              given()
                  .auth()
                  .oauth2(a.accessToken())
                  .contentType("application/json")
                  .header("If-Match", "\"1\"")
                  .body(Map.of("name", name))
                  .put("/api/keys/" + id));
    }
    List<Response> answers = race(jobs);
    assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(1);
    assertThat(answers.stream().filter(r -> r.statusCode() == 412)).hasSize(WRITERS - 1);
  }
}
