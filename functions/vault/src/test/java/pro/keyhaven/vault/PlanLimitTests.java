package pro.keyhaven.vault;

import static org.hamcrest.Matchers.equalTo;

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

/** With billing on, a free account is told clearly when it reaches its 25 keys. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(PlanLimitTests.BillingOn.class)
class PlanLimitTests {

  /** The hosted deployment's switch. */
  public static class BillingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.billing.enabled", "true");
    }
  }

  @Test
  void theTwentySixthKeyOfAFreeAccountIs402PlanLimit() {
    Account a = TestAccounts.create("free");
    for (int i = 0; i < 25; i++) {
      KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k" + i, "v" + i));
    }
    KeysTests.as(a)
        .body(TestKeys.body(a.id(), "Stripe", "one too many", "v"))
        .post("/api/keys")
        .then()
        .statusCode(402)
        .body("type", equalTo("VALIDATION"))
        .body("code", equalTo("PLAN_LIMIT"))
        .body("details.required_plan", equalTo("pro"));
    // Deleting one frees a place.
    String first =
        KeysTests.as(a).queryParam("size", 1).get("/api/keys").then().extract().path("items[0].id");
    KeysTests.as(a).delete("/api/keys/" + first).then().statusCode(204);
    KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "fits again", "v"));
    // A paying account has no such limit.
    PlatformTestResource.database()
        .execute("UPDATE users SET subscription_tier = 'pro' WHERE id = ?", a.id());
    KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "pro key", "v"));
  }

  /** Security finding 5: the trash is no way around the limit; restoring makes a key live. */
  @Test
  void planLimitBypassThroughTheTrash_restoreIs402AtTheLimit() {
    Account a = TestAccounts.create("trash-bypass");
    for (int i = 0; i < 25; i++) {
      KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k" + i, "v" + i));
    }
    String first =
        KeysTests.as(a).queryParam("size", 1).get("/api/keys").then().extract().path("items[0].id");
    KeysTests.as(a).delete("/api/keys/" + first).then().statusCode(204);
    KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "the 25th again", "v"));
    KeysTests.as(a)
        .post("/api/keys/" + first + "/restore")
        .then()
        .statusCode(402)
        .body("code", equalTo("PLAN_LIMIT"));
    // Still in the trash, still restorable once there is room.
    KeysTests.as(a)
        .queryParam("deleted", true)
        .get("/api/keys")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }
}
