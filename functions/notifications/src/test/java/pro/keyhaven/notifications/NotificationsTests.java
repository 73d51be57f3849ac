package pro.keyhaven.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.notify.NotificationKind;
import pro.keyhaven.shared.notify.Notifier;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;

/**
 * The notifications API, and the notifier's promise: the event and its notification go together.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class NotificationsTests {

  @Inject Notifier notifier;

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  @Test
  void listsNewestFirstPagedAndFiltersUnread() {
    Account a = TestAccounts.create("notes");
    for (int i = 1; i <= 3; i++) {
      Notify.notify(
          a.id(),
          NotificationKind.EXPIRY,
          "Key 'stripe live " + i + "' expires soon",
          "It expires in 7 days. Rotate it in the vault.");
    }
    as(a)
        .queryParam("size", 2)
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("total", equalTo(3))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("items[0].title", equalTo("Key 'stripe live 3' expires soon"))
        .body("items[0].kind", equalTo("expiry"))
        .body("items[0].read", equalTo(false));
    String newest = as(a).get("/api/notifications").then().extract().path("items[0].id");

    as(a).post("/api/notifications/" + newest + "/read").then().statusCode(204);
    // Reading twice is fine.
    as(a).post("/api/notifications/" + newest + "/read").then().statusCode(204);

    as(a)
        .queryParam("unread", "true")
        .get("/api/notifications")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.read", equalTo(List.of(false, false)));
    as(a)
        .get("/api/notifications")
        .then()
        .body("total", equalTo(3))
        .body("items[0].read", equalTo(true));
  }

  @Test
  void anotherUsersNotificationIs404LikeAMissingOne() {
    Account owner = TestAccounts.create("owner");
    Account other = TestAccounts.create("other");
    Notify.notify(owner.id(), NotificationKind.LEAK, "Key 'github ci' leaked", "Revoke it now.");
    String id = as(owner).get("/api/notifications").then().extract().path("items[0].id");

    String theirs =
        as(other)
            .post("/api/notifications/" + id + "/read")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    String missing =
        as(other)
            .post("/api/notifications/" + UUID.randomUUID() + "/read")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertThat(theirs.replaceAll("\"(timestamp|request_id)\":\"[^\"]*\"", ""))
        .isEqualTo(missing.replaceAll("\"(timestamp|request_id)\":\"[^\"]*\"", ""));
    as(other).get("/api/notifications").then().body("total", equalTo(0));
    as(owner).get("/api/notifications").then().body("items[0].read", equalTo(false));
  }

  @Test
  void badInputsAnswerTheErrorBody() {
    Account a = TestAccounts.create("bad");
    as(a)
        .queryParam("unread", "maybe")
        .get("/api/notifications")
        .then()
        .statusCode(400)
        .body("code", equalTo("INVALID_UNREAD"));
    as(a).queryParam("size", 201).get("/api/notifications").then().statusCode(400);
    as(a)
        .body(Map.of("email", Map.of("anomaly", false, "sms", true)))
        .put("/api/notifications/preferences")
        .then()
        .statusCode(400)
        .body("type", equalTo("VALIDATION"));
    as(a).body(Map.of()).put("/api/notifications/preferences").then().statusCode(400);
    given().get("/api/notifications").then().statusCode(401);
  }

  @Test
  void preferencesStartAllOnAndAPutChangesOnlyWhatItSends() {
    Account a = TestAccounts.create("prefs");
    as(a)
        .get("/api/notifications/preferences")
        .then()
        .statusCode(200)
        .body("email.anomaly", equalTo(true))
        .body("email.rotation_due", equalTo(true))
        .body("email.expiry", equalTo(true))
        .body("email.leak", equalTo(true))
        .body("email.team", equalTo(true));

    as(a)
        .body(Map.of("email", Map.of("anomaly", false, "team", false)))
        .put("/api/notifications/preferences")
        .then()
        .statusCode(200)
        .body("email.anomaly", equalTo(false))
        .body("email.team", equalTo(false))
        .body("email.leak", equalTo(true));
    as(a)
        .body(Map.of("email", Map.of("team", true)))
        .put("/api/notifications/preferences")
        .then()
        .statusCode(200)
        .body("email.anomaly", equalTo(false))
        .body("email.team", equalTo(true));

    Map<String, Object> row =
        PlatformTestResource.database()
            .query(
                "SELECT anomaly, team, leak FROM notification_preferences WHERE user_id = ?",
                a.id())
            .get(0);
    assertThat(row).containsEntry("anomaly", false).containsEntry("team", true);
  }

  @Test
  void aNotificationRollsBackWithTheEventThatCausedIt() {
    Account a = TestAccounts.create("rollback");
    assertThatThrownBy(
            () ->
                VertxContextSupport.subscribeAndAwait(
                    () ->
                        Panache.withTransaction(
                            () ->
                                notifier
                                    .notify(
                                        a.id(),
                                        NotificationKind.ROTATION_FAILED,
                                        "Rotation of 'aws prod' failed",
                                        "The provider refused the new key.")
                                    .chain(
                                        () ->
                                            Uni.createFrom()
                                                .failure(
                                                    new IllegalStateException(
                                                        "the event failed"))))))
        .hasMessageContaining("the event failed");
    assertThat(countRows("notifications", a.id())).isZero();
    assertThat(countRows("notification_outbox", a.id())).isZero();

    Notify.notify(
        a.id(), NotificationKind.ROTATION_DONE, "Key 'aws prod' rotated", "Nothing to do.");
    assertThat(countRows("notifications", a.id())).isEqualTo(1);
    assertThat(countRows("notification_outbox", a.id())).isEqualTo(1);
  }

  @Test
  void notifyingOutsideATransactionIsRefused() {
    Account a = TestAccounts.create("notx");
    assertThatThrownBy(
            () ->
                VertxContextSupport.subscribeAndAwait(
                    () ->
                        Panache.withSession(
                            () ->
                                notifier.notify(
                                    a.id(),
                                    NotificationKind.LEAK,
                                    "Key 'x' leaked",
                                    "Revoke it."))))
        .hasMessageContaining("inside the transaction");
    assertThat(countRows("notifications", a.id())).isZero();
  }

  static long countRows(String table, UUID user) {
    return ((Number)
            PlatformTestResource.database()
                .query("SELECT count(*) AS n FROM " + table + " WHERE user_id = ?", user)
                .get(0)
                .get("n"))
        .longValue();
  }
}
