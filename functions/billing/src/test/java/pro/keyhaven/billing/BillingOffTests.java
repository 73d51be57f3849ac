package pro.keyhaven.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/** Billing off (local and self-hosted): every account has every feature and Stripe is not used. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BillingOffTests {

  static final String SECRET = "whsec_test_billing_off_0001";

  @Test
  void everyAccountHasTheTeamPlanWithoutLimits() {
    Account a = TestAccounts.create("off");
    given()
        .auth()
        .oauth2(a.accessToken())
        .get("/api/billing/subscription")
        .then()
        .statusCode(200)
        .body("tier", equalTo("team"))
        .body("billing_enabled", equalTo(false))
        .body("limits.keys", nullValue())
        .body("limits.teams", equalTo(true));
  }

  @Test
  void checkoutAndPortalSayBillingIsOff() {
    Account a = TestAccounts.create("offcheckout");
    given()
        .auth()
        .oauth2(a.accessToken())
        .contentType("application/json")
        .body(Map.of("plan", "pro"))
        .post("/api/billing/checkout")
        .then()
        .statusCode(409)
        .body("code", equalTo("BILLING_DISABLED"));
    given()
        .auth()
        .oauth2(a.accessToken())
        .post("/api/billing/portal")
        .then()
        .statusCode(409)
        .body("code", equalTo("BILLING_DISABLED"));
  }

  @Test
  void aWellSignedEventIsAcknowledgedAndIgnoredButABadSignatureIsStill400() {
    Account a = TestAccounts.create("offhook");
    PlatformTestResource.database()
        .execute("UPDATE users SET stripe_customer_id = 'cus_TestOff01' WHERE id = ?", a.id());
    long now = java.time.Instant.now().getEpochSecond();
    String payload =
        StripeEvents.event(
            StripeEvents.newId("evt"),
            "customer.subscription.deleted",
            now,
            StripeEvents.subscription("sub_Off01", "cus_TestOff01", "canceled", "price_x", now));
    StripeEvents.deliver(payload, StripeEvents.sign(payload, SECRET, now))
        .statusCode(200)
        .body("outcome", equalTo("ignored"));
    StripeEvents.deliver(payload, StripeEvents.sign(payload, "whsec_wrong", now)).statusCode(400);
    StripeEvents.deliver(payload, null).statusCode(400);
  }
}
