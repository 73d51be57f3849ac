package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.audit.AuditExporter;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * Security finding 7: the database owner could rewrite or cut a chain and recompute its hashes. The
 * sealed entries and chain heads are exported outside the database (a directory here, S3 with
 * Object Lock in AWS, see the anomaly-scan tests) and verification compares the chain with its
 * latest export; and people download their own audit log as JSON Lines.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AuditExportTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject AuditSealer sealer;
  @Inject AuditExporter exporter;

  private static List<JsonNode> lines(Response r) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.asString().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  @Test
  void usersDownloadTheirAuditLogAsJsonLinesInChainOrder() throws Exception {
    Account a = TestAccounts.create("export");
    Account b = TestAccounts.create("export-other");
    String id =
        KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k", "sk_live_x")).getString("id");
    KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);

    Response r = KeysTests.as(a).get("/api/audit/export");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/x-ndjson");
    assertThat(r.header("Content-Disposition")).contains("keyhaven-audit.jsonl");
    List<JsonNode> entries = lines(r);
    assertThat(entries)
        .extracting(e -> e.get("action").asText())
        .containsSubsequence("auth.register", "key.create", "key.read");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      assertThat(e.get("chain_index").asLong()).isEqualTo(i + 1);
      assertThat(e.get("tenant_id").asText()).isEqualTo(a.id().toString());
      if (i > 0) {
        assertThat(e.get("prev_hash").asText()).isEqualTo(entries.get(i - 1).get("hash").asText());
      }
    }
    assertThat(r.asString()).doesNotContain("sk_live_x");
    // The download is itself recorded, and continues after a given index.
    List<JsonNode> later =
        lines(KeysTests.as(a).queryParam("after", entries.size()).get("/api/audit/export"));
    assertThat(later).extracting(e -> e.get("action").asText()).contains("audit.export");
    assertThat(later.get(0).get("chain_index").asLong()).isEqualTo(entries.size() + 1);
    // Someone else's team chain answers like a team that does not exist.
    KeysTests.as(b)
        .queryParam("team_id", java.util.UUID.randomUUID())
        .get("/api/audit/export")
        .then()
        .statusCode(404);
    KeysTests.as(a).queryParam("after", -1).get("/api/audit/export").then().statusCode(400);
  }

  @Test
  void auditChainRewrittenByTheDatabaseOwner_isCaughtByItsExport() {
    Account a = TestAccounts.create("anchor");
    String id = KeysTests.create(a, TestKeys.body(a.id(), "Stripe", "k", "v")).getString("id");
    for (int i = 0; i < 3; i++) {
      KeysTests.as(a).get("/api/keys/" + id).then().statusCode(200);
    }
    sealer.sealTenant(a.id()).await().indefinitely();
    assertThat(exporter.exportAll().await().indefinitely()).isGreaterThanOrEqualTo(6);
    assertThat(KeysTests.as(a).get("/api/audit/verify").jsonPath().getBoolean("valid")).isTrue();

    // The owner of the database cuts the last three entries and moves the head back: the chain
    // alone still holds together...
    var db = PlatformTestResource.database();
    long head =
        ((Number)
                db.query("SELECT chain_index FROM audit_chain_heads WHERE tenant_id = ?", a.id())
                    .get(0)
                    .get("chain_index"))
            .longValue();
    Map<String, Object> keep =
        db.query(
                "SELECT chain_index, hash FROM audit_logs WHERE tenant_id = ? AND chain_index = ?",
                a.id(),
                head - 3)
            .get(0);
    db.tamper("DELETE FROM audit_logs WHERE tenant_id = ? AND chain_index > ?", a.id(), head - 3);
    db.tamper(
        "UPDATE audit_chain_heads SET chain_index = ?, hash = ? WHERE tenant_id = ?",
        keep.get("chain_index"),
        keep.get("hash"),
        a.id());
    db.tamper("DELETE FROM audit_verify_checkpoints WHERE tenant_id = ?", a.id());
    db.tamper("DELETE FROM audit_anchors WHERE tenant_id = ?", a.id());

    // ...but not with what was exported before.
    var verdict =
        KeysTests.as(a)
            .queryParam("full", true)
            .get("/api/audit/verify")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(verdict.getBoolean("valid")).isFalse();
    assertThat(verdict.getString("problem")).containsAnyOf("entries were removed", "rewritten");
  }
}
