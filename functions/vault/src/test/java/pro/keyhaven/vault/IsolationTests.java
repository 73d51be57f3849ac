package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/** Another tenant's key is indistinguishable from a key that does not exist (OWASP API1). */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class IsolationTests {

  @Test
  void everyEndpointAnswersTheSame404ForAnotherUsersKeyAsForNoKey() {
    Account owner = TestAccounts.create("owner");
    Account other = TestAccounts.create("other");
    String id =
        KeysTests.create(owner, TestKeys.body(owner.id(), "Stripe", "k", "secret-1"))
            .getString("id");
    String missing = UUID.randomUUID().toString();
    TestKeys.Sealed sealed = TestKeys.encrypt("x", other.id(), UUID.fromString(id));
    Map<String, Object> rotate =
        Map.of("encrypted_value", sealed.encryptedValue(), "iv", sealed.iv());

    for (String target : new String[] {id, missing}) {
      Response[] answers = {
        KeysTests.as(other).get("/api/keys/" + target),
        KeysTests.as(other).body(Map.of("name", "mine now")).put("/api/keys/" + target),
        KeysTests.as(other).body(rotate).post("/api/keys/" + target + "/rotate"),
        KeysTests.as(other).get("/api/keys/" + target + "/versions"),
        KeysTests.as(other).delete("/api/keys/" + target),
        KeysTests.as(other).queryParam("purge", true).delete("/api/keys/" + target),
        KeysTests.as(other).post("/api/keys/" + target + "/restore"),
      };
      for (Response r : answers) {
        r.then()
            .statusCode(404)
            .body("type", equalTo("NOT_FOUND"))
            .body("message", equalTo("Key not found"));
      }
    }
    assertThat(KeysTests.as(other).get("/api/keys").then().extract().jsonPath().getList("items"))
        .isEmpty();
    assertThat(
            KeysTests.as(other)
                .queryParam("deleted", true)
                .get("/api/keys")
                .then()
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
    // Nothing changed for the owner.
    KeysTests.as(owner)
        .get("/api/keys/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("name", equalTo("k"));
    KeysTests.as(other)
        .queryParam("team_id", UUID.randomUUID())
        .get("/api/keys")
        .then()
        .statusCode(404);
  }

  @Test
  void noPlaintextValueReachesAnyTable() {
    Account a = TestAccounts.create("dump");
    String secret = "sk_test_PLAINTEXT_CANARY_7f3a9c";
    String id =
        KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "canary", secret)).getString("id");
    TestKeys.Sealed v2 = TestKeys.encrypt(secret + "_v2", a.id(), UUID.fromString(id));
    KeysTests.as(a)
        .body(Map.of("encrypted_value", v2.encryptedValue(), "iv", v2.iv()))
        .post("/api/keys/" + id + "/rotate")
        .then()
        .statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    String dump = PlatformTestResource.database().dumpAllTables();
    assertThat(dump).contains(id).doesNotContain(secret).doesNotContain("PLAINTEXT_CANARY");
  }
}
