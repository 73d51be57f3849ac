package pro.keyhaven.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * Billing on, against a Stripe stand-in: Checkout, the Customer Portal, and every handled webhook
 * event, verified, applied once, in Stripe's order whatever the order of arrival.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(BillingTests.BillingOn.class)
class BillingTests {

  /** The hosted deployment: billing on, Stripe played by the stand-in. */
  public static class BillingOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.billing.enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(StripeStandIn.class));
    }
  }

  @Inject MovableClock clock;

  @BeforeEach
  void standIn() {
    StripeStandIn.server.resetAll();
  }

  @AfterEach
  void backToNow() {
    clock.reset();
  }

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  /** Delivers a well-signed event made at {@code created}; answers the outcome. */
  private String deliver(String type, long created, String object) {
    return deliver(StripeEvents.newId("evt"), type, created, object);
  }

  private String deliver(String id, String type, long created, String object) {
    String payload = StripeEvents.event(id, type, created, object);
    return StripeEvents.deliver(
            payload, StripeEvents.sign(payload, StripeStandIn.WEBHOOK_SECRET, now()))
        .statusCode(200)
        .extract()
        .path("outcome");
  }

  private static Account customer(String name, String customerId) {
    Account a = TestAccounts.create(name);
    PlatformTestResource.database()
        .execute("UPDATE users SET stripe_customer_id = ? WHERE id = ?", customerId, a.id());
    return a;
  }

  private static Map<String, Object> row(Account a) {
    return PlatformTestResource.database()
        .query(
            "SELECT subscription_tier, subscription_status, stripe_subscription_id,"
                + " grace_until, payment_failed_at FROM users WHERE id = ?",
            a.id())
        .get(0);
  }

  @Test
  void aFreeAccountSeesItsLimitsAndUsage() {
    Account a = TestAccounts.create("free");
    as(a)
        .get("/api/billing/subscription")
        .then()
        .statusCode(200)
        .body("tier", org.hamcrest.Matchers.equalTo("free"))
        .body("status", org.hamcrest.Matchers.equalTo("active"))
        .body("billing_enabled", org.hamcrest.Matchers.equalTo(true))
        .body("limits.keys", org.hamcrest.Matchers.equalTo(25))
        .body("limits.teams", org.hamcrest.Matchers.equalTo(false))
        .body("limits.automated_rotation", org.hamcrest.Matchers.equalTo(false))
        .body("usage.keys", org.hamcrest.Matchers.equalTo(0))
        .body("usage.read_only_keys", org.hamcrest.Matchers.equalTo(0))
        .body("notice", nullValue());
  }

  @Test
  void checkoutMakesACustomerOnceAndTheCompletedSessionLiftsThePlan() {
    Account a = TestAccounts.create("upgrade");
    StripeStandIn.server.stubFor(
        post(urlEqualTo("/v1/customers"))
            .willReturn(
                json(
                    """
                    {"id": "cus_TestUpgrade01", "object": "customer", "created": 1795546800,
                     "email": "%s", "livemode": false, "metadata": {"keyhaven_user_id": "%s"}}"""
                        .formatted(a.email(), a.id()))));
    StripeStandIn.server.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                json(
                    """
                    {"id": "cs_test_a1B2c3", "object": "checkout.session", "mode": "subscription",
                     "status": "open", "customer": "cus_TestUpgrade01", "livemode": false,
                     "url": "https://checkout.stripe.com/c/pay/cs_test_a1B2c3"}""")));

    as(a)
        .body(Map.of("plan", "team"))
        .post("/api/billing/checkout")
        .then()
        .statusCode(200)
        .body(
            "url",
            org.hamcrest.Matchers.equalTo("https://checkout.stripe.com/c/pay/cs_test_a1B2c3"));
    as(a).body(Map.of("plan", "team")).post("/api/billing/checkout").then().statusCode(200);

    // One customer, made with an idempotency key; each session names the customer and the price.
    StripeStandIn.server.verify(
        1,
        postRequestedFor(urlEqualTo("/v1/customers"))
            .withHeader("Idempotency-Key", equalTo("keyhaven-customer-" + a.id()))
            .withHeader("Authorization", equalTo("Bearer sk_test_standin_key"))
            .withRequestBody(containing("email=")));
    StripeStandIn.server.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
            .withRequestBody(containing("customer=cus_TestUpgrade01"))
            .withRequestBody(containing("mode=subscription"))
            .withRequestBody(containing("client_reference_id=" + a.id()))
            .withRequestBody(containing(StripeStandIn.PRICE_TEAM)));
    assertThat(
            PlatformTestResource.database()
                .query("SELECT stripe_customer_id FROM users WHERE id = ?", a.id())
                .get(0)
                .get("stripe_customer_id"))
        .isEqualTo("cus_TestUpgrade01");

    assertThat(
            deliver(
                "checkout.session.completed",
                now(),
                StripeEvents.checkoutSession("cus_TestUpgrade01", "sub_Upgrade01", a.id(), "team")))
        .isEqualTo("applied");
    as(a)
        .get("/api/billing/subscription")
        .then()
        .body("tier", org.hamcrest.Matchers.equalTo("team"))
        .body("status", org.hamcrest.Matchers.equalTo("active"))
        .body("limits.keys", nullValue())
        .body("limits.teams", org.hamcrest.Matchers.equalTo(true));
  }

  @Test
  void theCustomerPortalOpensForACustomerOnly() {
    Account none = TestAccounts.create("noportal");
    as(none)
        .post("/api/billing/portal")
        .then()
        .statusCode(409)
        .body("code", org.hamcrest.Matchers.equalTo("NO_SUBSCRIPTION"));
    Account a = customer("portal", "cus_TestPortal01");
    StripeStandIn.server.stubFor(
        post(urlEqualTo("/v1/billing_portal/sessions"))
            .willReturn(
                json(
                    """
                    {"id": "bps_1TestPortal", "object": "billing_portal.session",
                     "customer": "cus_TestPortal01", "livemode": false,
                     "return_url": "http://localhost:8080/billing",
                     "url": "https://billing.stripe.com/p/session/test_YWNjdF8x"}""")));
    as(a)
        .post("/api/billing/portal")
        .then()
        .statusCode(200)
        .body(
            "url",
            org.hamcrest.Matchers.equalTo("https://billing.stripe.com/p/session/test_YWNjdF8x"));
    StripeStandIn.server.verify(
        postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
            .withRequestBody(containing("customer=cus_TestPortal01")));
  }

  @Test
  void stripeFailingIsABadGatewayNotACrash() {
    Account a = customer("stripedown", "cus_TestDown01");
    StripeStandIn.server.stubFor(
        post(urlEqualTo("/v1/checkout/sessions"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\","
                            + "\"message\":\"No such price\",\"param\":\"line_items[0][price]\"}}")));
    as(a)
        .body(Map.of("plan", "pro"))
        .post("/api/billing/checkout")
        .then()
        .statusCode(502)
        .body("type", org.hamcrest.Matchers.equalTo("EXTERNAL_SERVICE"));
    as(a).body(Map.of("plan", "gold")).post("/api/billing/checkout").then().statusCode(400);
  }

  @Test
  void subscriptionCreatedUpdatedAndDeletedEachApply() {
    Account a = customer("lifecycle", "cus_TestLife01");
    long t = now();
    long periodEnd = t + 2_592_000;
    deliver(
        "customer.subscription.created",
        t,
        StripeEvents.subscription(
            "sub_Life01", "cus_TestLife01", "active", StripeStandIn.PRICE_PRO, periodEnd));
    assertThat(row(a)).containsEntry("subscription_tier", "pro");
    as(a).get("/api/billing/subscription").then().body("current_period_end", notNullValue());

    deliver(
        "customer.subscription.updated",
        t + 10,
        StripeEvents.subscription(
            "sub_Life01", "cus_TestLife01", "active", StripeStandIn.PRICE_TEAM, periodEnd));
    assertThat(row(a))
        .containsEntry("subscription_tier", "team")
        .containsEntry("stripe_subscription_id", "sub_Life01");

    deliver(
        "customer.subscription.deleted",
        t + 20,
        StripeEvents.subscription(
            "sub_Life01", "cus_TestLife01", "canceled", StripeStandIn.PRICE_TEAM, periodEnd));
    assertThat(row(a))
        .containsEntry("subscription_tier", "free")
        .containsEntry("subscription_status", "canceled");
  }

  @Test
  void aReplayedEventIsAppliedOnce() {
    Account a = customer("replay", "cus_TestReplay01");
    long t = now();
    deliver(
        "customer.subscription.created",
        t - 100,
        StripeEvents.subscription(
            "sub_Replay01", "cus_TestReplay01", "active", StripeStandIn.PRICE_PRO, t + 100_000));
    String eventId = StripeEvents.newId("evt");
    String failed = StripeEvents.invoice("cus_TestReplay01", "sub_Replay01", "open", 1);
    assertThat(deliver(eventId, "invoice.payment_failed", t, failed)).isEqualTo("applied");
    // Stripe retries the same event (same id): acknowledged, nothing applied again.
    assertThat(deliver(eventId, "invoice.payment_failed", t, failed)).isEqualTo("duplicate");
    assertThat(deliver(eventId, "invoice.payment_failed", t, failed)).isEqualTo("duplicate");

    List<Map<String, Object>> notes =
        PlatformTestResource.database()
            .query("SELECT kind, title, body FROM notifications WHERE user_id = ?", a.id());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0)).containsEntry("kind", "payment_failed");
    assertThat((String) notes.get(0).get("body")).contains("Update it under Billing");
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT count(*) AS n FROM processed_webhook_events WHERE event_id = ?",
                    eventId)
                .get(0)
                .get("n"))
        .isEqualTo(1L);
    // The payment-failed mail waits in the outbox, written with the event.
    assertThat(
            PlatformTestResource.database()
                .query("SELECT count(*) AS n FROM notification_outbox WHERE user_id = ?", a.id())
                .get(0)
                .get("n"))
        .isEqualTo(1L);
  }

  @Test
  void outOfOrderEventsEndInTheStateOfTheNewestOne() {
    Account a = customer("order", "cus_TestOrder01");
    long t = now();
    long periodEnd = t + 2_592_000;
    // Stripe made: created (t-300, pro), updated (t-200, team), deleted (t-100).
    // They arrive: deleted, created, updated.
    assertThat(
            deliver(
                "customer.subscription.deleted",
                t - 100,
                StripeEvents.subscription(
                    "sub_Order01",
                    "cus_TestOrder01",
                    "canceled",
                    StripeStandIn.PRICE_TEAM,
                    periodEnd)))
        .isEqualTo("applied");
    assertThat(
            deliver(
                "customer.subscription.created",
                t - 300,
                StripeEvents.subscription(
                    "sub_Order01",
                    "cus_TestOrder01",
                    "active",
                    StripeStandIn.PRICE_PRO,
                    periodEnd)))
        .isEqualTo("ignored");
    assertThat(
            deliver(
                "customer.subscription.updated",
                t - 200,
                StripeEvents.subscription(
                    "sub_Order01",
                    "cus_TestOrder01",
                    "active",
                    StripeStandIn.PRICE_TEAM,
                    periodEnd)))
        .isEqualTo("ignored");
    assertThat(row(a))
        .containsEntry("subscription_tier", "free")
        .containsEntry("subscription_status", "canceled");

    // A new subscription later on is applied; a late end of the old one does not touch it.
    deliver(
        "customer.subscription.created",
        t,
        StripeEvents.subscription(
            "sub_Order02", "cus_TestOrder01", "active", StripeStandIn.PRICE_PRO, periodEnd));
    assertThat(
            deliver(
                "customer.subscription.deleted",
                t + 5,
                StripeEvents.subscription(
                    "sub_Order01",
                    "cus_TestOrder01",
                    "canceled",
                    StripeStandIn.PRICE_TEAM,
                    periodEnd)))
        .isEqualTo("ignored");
    assertThat(row(a))
        .containsEntry("subscription_tier", "pro")
        .containsEntry("stripe_subscription_id", "sub_Order02");
  }

  @Test
  void aFailedPaymentGivesAGracePeriodThenTheAccountCountsAsFreeUntilPaid() {
    Account a = customer("grace", "cus_TestGrace01");
    long t = now();
    deliver(
        "customer.subscription.created",
        t - 60,
        StripeEvents.subscription(
            "sub_Grace01", "cus_TestGrace01", "active", StripeStandIn.PRICE_PRO, t + 100_000));
    deliver(
        "invoice.payment_failed",
        t,
        StripeEvents.invoice("cus_TestGrace01", "sub_Grace01", "open", 1));
    as(a)
        .get("/api/billing/subscription")
        .then()
        .body("tier", org.hamcrest.Matchers.equalTo("pro"))
        .body("status", org.hamcrest.Matchers.equalTo("past_due"))
        .body("grace_until", notNullValue())
        .body("notice", org.hamcrest.Matchers.containsString("payment failed"));
    // A second failure (Stripe's retry of the charge) does not extend the grace period.
    Object graceUntil = row(a).get("grace_until");
    deliver(
        "invoice.payment_failed",
        t + 3600,
        StripeEvents.invoice("cus_TestGrace01", "sub_Grace01", "open", 2));
    assertThat(row(a).get("grace_until")).isEqualTo(graceUntil);

    // Eight days later the grace period is over: the account counts as free, nothing deleted.
    clock.advance(Duration.ofDays(8));
    as(a)
        .get("/api/billing/subscription")
        .then()
        .body("tier", org.hamcrest.Matchers.equalTo("free"))
        .body("limits.keys", org.hamcrest.Matchers.equalTo(25))
        .body("notice", org.hamcrest.Matchers.containsString("nothing is deleted"));

    // The invoice is paid after all: the plan is back.
    deliver(
        "invoice.paid", now(), StripeEvents.invoice("cus_TestGrace01", "sub_Grace01", "paid", 3));
    as(a)
        .get("/api/billing/subscription")
        .then()
        .body("tier", org.hamcrest.Matchers.equalTo("pro"))
        .body("status", org.hamcrest.Matchers.equalTo("active"))
        .body("grace_until", nullValue());
    assertThat(row(a).get("payment_failed_at")).isNull();
  }

  @Test
  void signaturesThatAreMissingWrongOrStaleAre400() {
    Account a = customer("sigs", "cus_TestSigs01");
    String payload =
        StripeEvents.event(
            StripeEvents.newId("evt"),
            "customer.subscription.created",
            now(),
            StripeEvents.subscription(
                "sub_Sigs01", "cus_TestSigs01", "active", StripeStandIn.PRICE_TEAM, now() + 1000));
    StripeEvents.deliver(payload, null)
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("SIGNATURE_MISSING"));
    StripeEvents.deliver(payload, StripeEvents.sign(payload, "whsec_someone_else", now()))
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("BAD_SIGNATURE"));
    StripeEvents.deliver(
            payload.replace("\"active\"", "\"trialing\""),
            StripeEvents.sign(payload, StripeStandIn.WEBHOOK_SECRET, now()))
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("BAD_SIGNATURE"));
    StripeEvents.deliver(payload, "garbage").statusCode(400);
    // Signed 301 seconds ago: past the 300 s tolerance.
    StripeEvents.deliver(
            payload, StripeEvents.sign(payload, StripeStandIn.WEBHOOK_SECRET, now() - 301))
        .statusCode(400)
        .body("code", org.hamcrest.Matchers.equalTo("BAD_SIGNATURE"))
        .body("type", org.hamcrest.Matchers.equalTo("VALIDATION"));
    assertThat(row(a)).containsEntry("subscription_tier", "free");

    // The same event, well signed just now, applies.
    StripeEvents.deliver(
            payload, StripeEvents.sign(payload, StripeStandIn.WEBHOOK_SECRET, now() - 299))
        .statusCode(200)
        .body("outcome", org.hamcrest.Matchers.equalTo("applied"));
    assertThat(row(a)).containsEntry("subscription_tier", "team");
  }

  @Test
  void wellSignedEventsThatDoNotApplyAreAcknowledgedAndIgnored() {
    long t = now();
    assertThat(
            deliver(
                "customer.subscription.updated",
                t,
                StripeEvents.subscription(
                    "sub_Nobody01",
                    "cus_NobodyKnows",
                    "active",
                    StripeStandIn.PRICE_PRO,
                    t + 1000)))
        .isEqualTo("ignored");
    assertThat(deliver("charge.refunded", t, "{\"id\": \"ch_1\", \"object\": \"charge\"}"))
        .isEqualTo("ignored");
  }

  @Test
  void processedEventIdsAreKeptForTheRetentionThenForgottenByTheNextWebhook() {
    String old = StripeEvents.newId("evt");
    String recent = StripeEvents.newId("evt");
    PlatformTestResource.database()
        .execute(
            "INSERT INTO processed_webhook_events (provider, event_id, processed_at) VALUES"
                + " ('stripe', ?, now() - interval '31 days'), ('stripe', ?, now() - interval '3 days')",
            old,
            recent);
    // No scheduled job: the next handled event forgets what is past the retention.
    long t = now();
    String next = StripeEvents.newId("evt");
    deliver(
        next,
        "customer.subscription.updated",
        t,
        StripeEvents.subscription(
            "sub_Forget01", "cus_TestNobody01", "active", StripeStandIn.PRICE_PRO, t + 100_000));
    List<Map<String, Object>> left =
        PlatformTestResource.database()
            .query(
                "SELECT event_id FROM processed_webhook_events WHERE event_id IN (?, ?, ?)",
                old,
                recent,
                next);
    assertThat(left).extracting(r -> r.get("event_id")).containsExactlyInAnyOrder(recent, next);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("Request-Id", "req_standin")
        .withBody(body);
  }
}
