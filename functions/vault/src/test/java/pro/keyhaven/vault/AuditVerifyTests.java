package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Security finding 6: verification walks a bounded batch per call and continues from the last good
 * checkpoint, so a long chain verifies in bounded time and memory; damage after the checkpoint is
 * still found, and {@code ?full=true} walks from the start again.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(AuditVerifyTests.SmallBatches.class)
class AuditVerifyTests {

  @Inject AuditSealer sealer;

  /** Three entries per verification call. */
  public static class SmallBatches implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("keyhaven.audit.verify-batch", "3");
    }
  }

  private static JsonPath verify(Account a, boolean full) {
    return KeysTests.as(a)
        .queryParam("full", full)
        .get("/api/audit/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void verifyWalksBoundedBatchesFromItsCheckpoint() {
    Account a = TestAccounts.create("verify-batches");
    String id = KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k", "v")).getString("id");
    for (int i = 0; i < 4; i++) {
      KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    }
    // register + login + create + 4 reads = 7 entries: batches of 3, 3, 1.
    JsonPath first = verify(a, false);
    assertThat(first.getBoolean("valid")).isTrue();
    assertThat(first.getLong("entries")).isEqualTo(3);
    assertThat(first.getBoolean("complete")).isFalse();
    JsonPath second = verify(a, false);
    assertThat(second.getLong("verified_from")).isEqualTo(3);
    assertThat(second.getLong("verified_through")).isEqualTo(6);
    JsonPath third = verify(a, false);
    assertThat(third.getBoolean("complete")).isTrue();
    assertThat(third.getBoolean("valid")).isTrue();
    long total = third.getLong("verified_through");
    assertThat(total).isGreaterThanOrEqualTo(7);

    // New entries after the checkpoint, one of them changed behind the application's back.
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    sealer.sealTenant(a.id()).await().indefinitely();
    PlatformTestResource.database()
        .tamper(
            "UPDATE audit_logs SET ip_address = '198.51.100.66' WHERE tenant_id = ?"
                + " AND chain_index = (SELECT max(chain_index) FROM audit_logs WHERE tenant_id = ?)",
            a.id(),
            a.id());
    JsonPath after = verify(a, false);
    assertThat(after.getBoolean("valid")).isFalse();
    assertThat(after.getString("problem")).isEqualTo("hash_mismatch");
    // Starting over from the first entry finds it too, a bounded batch at a time.
    JsonPath over = verify(a, true);
    assertThat(over.getLong("verified_from")).isZero();
    assertThat(over.getBoolean("valid")).isTrue();
    assertThat(over.getBoolean("complete")).isFalse();
    JsonPath walk = over;
    for (int i = 0; i < 5 && walk.getBoolean("valid") && !walk.getBoolean("complete"); i++) {
      walk = verify(a, false);
    }
    assertThat(walk.getBoolean("valid")).isFalse();
    assertThat(walk.getString("problem")).isEqualTo("hash_mismatch");
  }
}
