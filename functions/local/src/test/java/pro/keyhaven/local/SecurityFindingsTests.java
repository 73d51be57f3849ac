package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Findings of the security review that need real concurrency over plain HTTP (the function modules'
 * test server answers one request at a time), each named after the finding it closes.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SecurityFindingsTests {

  private static List<Integer> race(List<Callable<Integer>> jobs) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
    try {
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(jobs)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /** Finding 1: 40 wrong logins sent at once; at most the budget of 10 reach the verifier. */
  @Test
  void loginThrottleRace_atMostTenOfFortyConcurrentWrongLoginsAreChecked() throws Exception {
    Account a = TestAccounts.create("throttle-race");
    List<Callable<Integer>> jobs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      jobs.add(
          () ->
              given()
                  .contentType("application/json")
                  .body(Map.of("email", a.email(), "auth_hash", TestAccounts.b64(32)))
                  .post("/api/auth/login")
                  .statusCode());
    }
    List<Integer> statuses = race(jobs);
    assertThat(statuses).hasSize(40).containsOnly(401, 429);
    long checked = statuses.stream().filter(s -> s == 401).count();
    assertThat(checked).isBetween(1L, 10L);
    // Every checked attempt leaves an audit entry; the refused ones never reached the check.
    List<Map<String, Object>> failures =
        PlatformTestResource.database()
            .query(
                "SELECT id FROM audit_logs WHERE tenant_id = ? AND action = 'auth.login_failed'",
                a.id());
    assertThat(failures).hasSize((int) checked);
    // The right password is refused too while the window lasts: the budget is spent.
    given()
        .contentType("application/json")
        .body(Map.of("email", a.email(), "auth_hash", a.authHash()))
        .post("/api/auth/login")
        .then()
        .statusCode(429);
  }

  /**
   * Finding 9: a chunked body announces no size, so the 64 KiB cap could not apply before it was
   * read (up to the 5 MiB backstop); it is now refused before any of it is read.
   */
  @Test
  void chunkedBodyPassesTheCap_noLonger() throws Exception {
    Account a = TestAccounts.create("chunked");
    byte[] big = ("{\"name\":\"" + "x".repeat(200_000) + "\"}").getBytes();
    // HTTP/1.1, where a body of unknown length goes out chunked (HTTP/2 has no chunking).
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    io.restassured.RestAssured.baseURI
                        + ":"
                        + io.restassured.RestAssured.port
                        + "/api/keys"))
            .header("Authorization", "Bearer " + a.accessToken())
            .header("Content-Type", "application/json")
            // An input stream of unknown length goes out chunked, without Content-Length.
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big)))
            .build();
    java.net.http.HttpResponse<String> response =
        http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(411);
    assertThat(response.body()).contains("\"code\":\"LENGTH_REQUIRED\"");
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
  }
}
