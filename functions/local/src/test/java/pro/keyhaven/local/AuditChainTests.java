package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestDatabase;

/** The audit log is append-only and hash-chained per tenant; tampering shows in verify. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuditChainTests {

  private static void append(UUID tenant, int n) {
    for (int i = 0; i < n; i++) {
      given().post("/api/test-probe/audit/" + tenant).then().statusCode(200);
    }
  }

  private static void seal(UUID tenant) {
    given().post("/api/test-probe/audit/" + tenant + "/seal").then().statusCode(200);
  }

  private static Map<String, Object> verify(UUID tenant) {
    return given()
        .get("/api/test-probe/audit/" + tenant + "/verify")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  private static List<Map<String, Object>> chain(UUID tenant) {
    return PlatformTestResource.database()
        .query(
            "SELECT id, chain_index, prev_hash, hash FROM audit_logs WHERE tenant_id = ? ORDER BY chain_index",
            tenant);
  }

  @Test
  void fiftyConcurrentAppendsAndSealersKeepTheChainLinear() throws Exception {
    UUID tenant = UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> jobs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        jobs.add(() -> given().post("/api/test-probe/audit/" + tenant).statusCode());
        if (i % 5 == 0) {
          // Sealers race the appends and each other.
          jobs.add(() -> given().post("/api/test-probe/audit/" + tenant + "/seal").statusCode());
        }
      }
      for (Future<Integer> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    seal(tenant);

    List<Map<String, Object>> rows = chain(tenant);
    assertThat(rows).hasSize(50);
    String prev = "0".repeat(64);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(((Number) rows.get(i).get("chain_index")).longValue()).isEqualTo(i + 1);
      assertThat(rows.get(i).get("prev_hash")).isEqualTo(prev);
      prev = (String) rows.get(i).get("hash");
    }
    Map<String, Object> result = verify(tenant);
    assertThat(result)
        .containsEntry("valid", true)
        .containsEntry("entries", 50)
        .containsEntry("unsealed", 0);
  }

  @Test
  void unsealedEntriesAreReportedNotCountedAsDamage() {
    UUID tenant = UUID.randomUUID();
    PlatformTestResource.database()
        .execute(
            "INSERT INTO audit_logs (id, tenant_id, action, resource) VALUES (?, ?, 'x', 'y')",
            UUID.randomUUID(),
            tenant);
    Map<String, Object> result = verify(tenant);
    assertThat(result)
        .containsEntry("valid", true)
        .containsEntry("entries", 0)
        .containsEntry("unsealed", 1);
  }

  @Test
  void aChangedEntryIsDetected() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 10);
    seal(tenant);
    UUID victim = (UUID) chain(tenant).get(4).get("id");
    PlatformTestResource.database()
        .tamper("UPDATE audit_logs SET action = 'key.nothing' WHERE id = ?", victim);
    Map<String, Object> result = verify(tenant);
    assertThat(result)
        .containsEntry("valid", false)
        .containsEntry("first_bad_id", victim.toString())
        .containsEntry("problem", "hash_mismatch");
  }

  @Test
  void aChangedMetadataValueIsDetected() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 3);
    seal(tenant);
    UUID victim = (UUID) chain(tenant).get(1).get("id");
    PlatformTestResource.database()
        .tamper(
            "UPDATE audit_logs SET metadata = '{\"n\": 2, \"nested\": {\"a\": \"y\", \"b\": \"x\"}}' WHERE id = ?",
            victim);
    assertThat(verify(tenant))
        .containsEntry("valid", false)
        .containsEntry("first_bad_id", victim.toString());
  }

  @Test
  void aDeletedEntryIsDetected() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 10);
    seal(tenant);
    List<Map<String, Object>> rows = chain(tenant);
    PlatformTestResource.database()
        .tamper("DELETE FROM audit_logs WHERE id = ?", rows.get(3).get("id"));
    assertThat(verify(tenant))
        .containsEntry("valid", false)
        .containsEntry("first_bad_id", rows.get(4).get("id").toString())
        .containsEntry("problem", "gap");
  }

  @Test
  void reorderedEntriesAreDetected() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 10);
    seal(tenant);
    List<Map<String, Object>> rows = chain(tenant);
    TestDatabase db = PlatformTestResource.database();
    // Swap the positions (and the stored link fields) of entries 6 and 7.
    db.tamper("UPDATE audit_logs SET chain_index = -6 WHERE id = ?", rows.get(5).get("id"));
    db.tamper("UPDATE audit_logs SET chain_index = 6 WHERE id = ?", rows.get(6).get("id"));
    db.tamper("UPDATE audit_logs SET chain_index = 7 WHERE id = ?", rows.get(5).get("id"));
    assertThat(verify(tenant))
        .containsEntry("valid", false)
        .containsEntry("first_bad_id", rows.get(6).get("id").toString());
  }

  @Test
  void aCutTailIsDetected() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 5);
    seal(tenant);
    List<Map<String, Object>> rows = chain(tenant);
    PlatformTestResource.database()
        .tamper("DELETE FROM audit_logs WHERE id = ?", rows.get(4).get("id"));
    assertThat(verify(tenant)).containsEntry("valid", false).containsEntry("problem", "truncated");
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteEntries() {
    UUID tenant = UUID.randomUUID();
    append(tenant, 2);
    seal(tenant);
    Object id = chain(tenant).get(0).get("id");
    TestDatabase db = PlatformTestResource.database();
    assertThatThrownBy(() -> db.execute("UPDATE audit_logs SET action = 'forged' WHERE id = ?", id))
        .hasMessageContaining("immutable");
    assertThatThrownBy(() -> db.execute("DELETE FROM audit_logs WHERE id = ?", id))
        .hasMessageContaining("append-only");
    assertThat(verify(tenant)).containsEntry("valid", true).containsEntry("entries", 2);
  }
}
