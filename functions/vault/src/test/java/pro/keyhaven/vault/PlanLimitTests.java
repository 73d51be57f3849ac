package pro.keyhaven.vault;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void aDowngradeKeepsEveryKeyReadableAndMakesThoseBeyondTheLimitReadOnly() {
    Account a = TestAccounts.create("downgrade");
    PlatformTestResource.database()
        .execute("UPDATE users SET subscription_tier = 'pro' WHERE id = ?", a.id());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      ids.add(
          KeysTests.create(a, TestKeys.body(a.id(), "OpenAI", "key " + i, "v" + i))
              .getString("id"));
    }
    // The subscription ends: back to free, with 27 keys.
    PlatformTestResource.database()
        .execute(
            "UPDATE users SET subscription_tier = 'free', subscription_status = 'canceled'"
                + " WHERE id = ?",
            a.id());

    KeysTests.as(a).queryParam("size", 1).get("/api/keys").then().body("total", equalTo(27));
    for (String id : ids) {
      KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    }
    // The oldest 25 stay writable; the two newest are read-only and say why.
    KeysTests.as(a)
        .body(Map.of("name", "still mine"))
        .put("/api/keys/" + ids.get(0))
        .then()
        .statusCode(200);
    KeysTests.as(a)
        .body(Map.of("name", "over the limit"))
        .put("/api/keys/" + ids.get(26))
        .then()
        .statusCode(402)
        .body("code", equalTo("PLAN_LIMIT"))
        .body("details.required_plan", equalTo("pro"))
        .body("message", containsString("read-only"));
    KeysTests.as(a)
        .body(Map.of("encrypted_value", TestAccounts.b64(48), "iv", TestAccounts.b64(12)))
        .post("/api/keys/" + ids.get(25) + "/rotate")
        .then()
        .statusCode(402);
    KeysTests.as(a)
        .body(TestKeys.body(a.id(), "OpenAI", "new", "v"))
        .post("/api/keys")
        .then()
        .statusCode(402);
    // Deleting two older keys brings the newest back within the plan.
    KeysTests.as(a).delete("/api/keys/" + ids.get(1)).then().statusCode(204);
    KeysTests.as(a).delete("/api/keys/" + ids.get(2)).then().statusCode(204);
    KeysTests.as(a)
        .body(Map.of("name", "within again"))
        .put("/api/keys/" + ids.get(26))
        .then()
        .statusCode(200);
  }

  @Test
  void aPaymentGracePeriodThatRanOutCountsAsTheFreePlan() {
    Account a = TestAccounts.create("grace");
    PlatformTestResource.database()
        .execute(
            "UPDATE users SET subscription_tier = 'pro', subscription_status = 'past_due',"
                + " grace_until = now() + interval '1 day' WHERE id = ?",
            a.id());
    for (int i = 0; i < 25; i++) {
      KeysTests.create(a, TestKeys.body(a.id(), "AWS", "k" + i, "v"));
    }
    // Within the grace period the paid plan holds.
    KeysTests.create(a, TestKeys.body(a.id(), "AWS", "in grace", "v"));
    PlatformTestResource.database()
        .execute("UPDATE users SET grace_until = now() - interval '1 second' WHERE id = ?", a.id());
    KeysTests.as(a)
        .body(TestKeys.body(a.id(), "AWS", "after grace", "v"))
        .post("/api/keys")
        .then()
        .statusCode(402)
        .body("details.required_plan", equalTo("pro"));
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
