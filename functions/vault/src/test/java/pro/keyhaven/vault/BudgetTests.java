package pro.keyhaven.vault;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Per-user budgets (security finding 6): reads that return ciphertext and writes each have one;
 * past it the answer is 429 with {@code Retry-After}, and another user is not affected.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(BudgetTests.SmallBudgets.class)
class BudgetTests {

  /** Budgets small enough to reach in a test. */
  public static class SmallBudgets implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "keyhaven.vault.reads-per-minute", "5",
          "keyhaven.vault.writes-per-minute", "3",
          "keyhaven.audit.reads-per-minute", "2");
    }
  }

  @Test
  void unthrottledReads_noLonger_theSixthReadInAMinuteIs429() {
    Account a = TestAccounts.create("reads");
    String id = KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k", "v")).getString("id");
    KeysTests.as(a).get("/api/keys").then().statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id + "/versions").then().statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    KeysTests.as(a)
        .get("/api/keys/" + id)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("type", equalTo("RATE_LIMIT"));
    Account other = TestAccounts.create("reads-other");
    KeysTests.as(other).get("/api/keys").then().statusCode(200);
  }

  @Test
  void theFourthWriteInAMinuteIs429() {
    Account a = TestAccounts.create("writes");
    for (int i = 0; i < 3; i++) {
      KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k" + i, "v"));
    }
    KeysTests.as(a)
        .body(TestKeys.body(a.id(), "Stripe", "k4", "v"))
        .post("/api/keys")
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue());
  }

  @Test
  void auditReadsHaveABudgetOfTheirOwn() {
    Account a = TestAccounts.create("audit-reads");
    KeysTests.as(a).get("/api/audit").then().statusCode(200);
    KeysTests.as(a).get("/api/audit/verify").then().statusCode(200);
    KeysTests.as(a).get("/api/audit").then().statusCode(429);
  }
}
