package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Another tenant's key is indistinguishable from a key that does not exist (OWASP API1). That no
 * plaintext reaches the server is proven where the plaintext exists: the browser journeys' wire
 * check (web/e2e/wire.mjs) encrypts with the dashboard's own crypto module and inspects every
 * request the dashboard sends.
 */
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

  /** Security finding 3: a list answer carries ciphertext, so it is audited with the key ids. */
  @Test
  void bulkReadsLeaveNoTrace_noLonger() {
    Account a = TestAccounts.create("bulk");
    String k1 = KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "one", "v1")).getString("id");
    String k2 = KeysTests.create(a, TestKeys.body(a.id(), "OpenAI", "two", "v2")).getString("id");
    KeysTests.as(a).get("/api/keys").then().statusCode(200);
    List<Map<String, Object>> entries =
        PlatformTestResource.database()
            .query(
                "SELECT metadata::text AS m FROM audit_logs WHERE tenant_id = ? AND action = 'key.list'",
                a.id());
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).get("m").toString()).contains(k1).contains(k2);
    // A list that returns nothing leaves nothing.
    KeysTests.as(a).queryParam("service", "none-such").get("/api/keys").then().statusCode(200);
    assertThat(
            PlatformTestResource.database()
                .query(
                    "SELECT 1 FROM audit_logs WHERE tenant_id = ? AND action = 'key.list'", a.id()))
        .hasSize(1);
  }

  /**
   * Finding 9: creating a key with another tenant's id said 409 (an existence oracle); it now
   * answers exactly as an unusable id does, while the owner still hears that the id is taken.
   */
  @Test
  void createWithAnotherTenantsIdRevealsNothing() {
    Account owner = TestAccounts.create("oracle-owner");
    Account prober = TestAccounts.create("oracle-prober");
    Map<String, Object> body = TestKeys.body(owner.id(), "Stripe", "k", "v");
    KeysTests.create(owner, body);
    Map<String, Object> probe =
        new java.util.HashMap<>(TestKeys.body(prober.id(), "Stripe", "p", "v"));
    probe.put("id", body.get("id"));
    Response foreign = KeysTests.as(prober).body(probe).post("/api/keys");
    Map<String, Object> v1 = new java.util.HashMap<>(probe);
    v1.put("id", "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    Response unusable = KeysTests.as(prober).body(v1).post("/api/keys");
    foreign.then().statusCode(400).body("code", equalTo("INVALID_ID"));
    assertThat(foreign.jsonPath().getString("message"))
        .isEqualTo(unusable.jsonPath().getString("message"));
    KeysTests.as(owner).body(body).post("/api/keys").then().statusCode(409);
  }
}
