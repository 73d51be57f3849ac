package pro.keyhaven.anomalyscan;

import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.anomalyscan.ScanFixtures.db;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.audit.AuditVerifier;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.S3MockServer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Security finding 7, as in AWS: the scan job seals the audit chains and exports the sealed entries
 * and chain heads to an S3 bucket (S3Mock here, a real S3-compatible server in its own process);
 * verification then catches a chain that someone with the database cut or rewrote.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(value = AuditAnchorS3Tests.S3.class, restrictToAnnotatedClass = true)
class AuditAnchorS3Tests {

  static final String BUCKET = "keyhaven-audit";

  /** S3Mock with the audit bucket, and the configuration that points the functions at it. */
  public static class S3 implements QuarkusTestResourceLifecycleManager {
    static S3MockServer server;

    @Override
    public Map<String, String> start() {
      server = S3MockServer.start(BUCKET);
      return Map.of(
          "keyhaven.audit.bucket", BUCKET, "keyhaven.audit.s3-endpoint", server.endpoint());
    }

    @Override
    public void stop() {
      if (server != null) {
        server.close();
      }
    }
  }

  @Inject AuditVerifier verifier;

  private static S3Client s3() {
    return S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .endpointOverride(URI.create(S3.server.endpoint()))
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .build();
  }

  @Test
  void theScanExportsSealedEntriesAndHeadsToS3_andVerifyCatchesACutChain() {
    UUID tenant = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      db().execute(
              "INSERT INTO audit_logs (id, tenant_id, user_id, action, resource, resource_id,"
                  + " metadata) VALUES (?, ?, ?, 'key.read', 'api_key', ?, '{}')",
              UUID.randomUUID(),
              tenant,
              tenant,
              "key-" + i);
    }

    JsonPath out = AnomalyScanTests.invoke(ScanFixtures.scheduledEvent());
    assertThat(out.getLong("audit_exported")).isGreaterThanOrEqualTo(5);

    try (S3Client s3 = s3()) {
      List<String> keys =
          s3
              .listObjectsV2(b -> b.bucket(BUCKET).prefix("chains/" + tenant + "/"))
              .contents()
              .stream()
              .map(S3Object::key)
              .toList();
      assertThat(keys)
          .containsExactlyInAnyOrder(
              "chains/" + tenant + "/entries/00000000000000000001-00000000000000000005.jsonl",
              "chains/" + tenant + "/heads/00000000000000000005.json");
      String lines =
          s3.getObjectAsBytes(
                  b ->
                      b.bucket(BUCKET)
                          .key(
                              keys.stream()
                                  .filter(k -> k.endsWith(".jsonl"))
                                  .findFirst()
                                  .orElseThrow()))
              .asString(StandardCharsets.UTF_8);
      assertThat(lines.lines()).hasSize(5).allMatch(l -> l.contains("\"action\":\"key.read\""));
      String head =
          s3.getObjectAsBytes(
                  b ->
                      b.bucket(BUCKET).key("chains/" + tenant + "/heads/00000000000000000005.json"))
              .asString(StandardCharsets.UTF_8);
      String lastHash =
          (String)
              db().query(
                      "SELECT hash FROM audit_logs WHERE tenant_id = ? AND chain_index = 5", tenant)
                  .get(0)
                  .get("hash");
      assertThat(head).contains("\"chain_index\":5").contains(lastHash);
    }
    assertThat(verifier.verify(tenant).await().indefinitely().valid()).isTrue();

    // Someone with the database cuts the last two entries and moves the head back.
    Map<String, Object> third =
        db().query("SELECT hash FROM audit_logs WHERE tenant_id = ? AND chain_index = 3", tenant)
            .get(0);
    db().tamper("DELETE FROM audit_logs WHERE tenant_id = ? AND chain_index > 3", tenant);
    db().tamper(
            "UPDATE audit_chain_heads SET chain_index = 3, hash = ? WHERE tenant_id = ?",
            third.get("hash"),
            tenant);
    AuditVerifier.Result verdict = verifier.verify(tenant).await().indefinitely();
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.problem()).contains("entries were removed");
  }
}
