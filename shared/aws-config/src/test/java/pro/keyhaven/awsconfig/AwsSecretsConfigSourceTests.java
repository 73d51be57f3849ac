package pro.keyhaven.awsconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In AWS mode the function reads its secrets from Secrets Manager before it starts. A local HTTP
 * stand-in plays Secrets Manager at the wire level (the SDK's JSON protocol), so the real client
 * code runs.
 */
class AwsSecretsConfigSourceTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpServer server;
  private final Map<String, String> secrets = new HashMap<>();
  private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void standIn() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
          String id = body.path("SecretId").asText();
          asked.add(target + " " + id);
          boolean signed = exchange.getRequestHeaders().getFirst("Authorization") != null;
          String secret = secrets.get(id);
          byte[] answer;
          int status;
          if ("secretsmanager.GetSecretValue".equals(target) && secret != null && signed) {
            answer = JSON.writeValueAsBytes(Map.of("ARN", id, "Name", id, "SecretString", secret));
            status = 200;
          } else {
            answer =
                "{\"__type\":\"ResourceNotFoundException\",\"message\":\"no such secret\"}"
                    .getBytes(StandardCharsets.UTF_8);
            status = 400;
          }
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    System.setProperty("aws.accessKeyId", "AKIDSTANDIN");
    System.setProperty("aws.secretAccessKey", "stand-in-secret");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ConfigSourceContext context(Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("keyhaven.aws.endpoint", "http://127.0.0.1:" + server.getAddress().getPort());
    all.put("keyhaven.aws.region", "us-east-1");
    return new ConfigSourceContext() {
      @Override
      public ConfigValue getValue(String name) {
        return ConfigValue.builder().withName(name).withValue(all.get(name)).build();
      }

      @Override
      public Iterator<String> iterateNames() {
        return all.keySet().iterator();
      }
    };
  }

  private static Map<String, String> props(Iterable<ConfigSource> sources) {
    Map<String, String> out = new HashMap<>();
    for (ConfigSource s : sources) {
      assertThat(s.getOrdinal()).isEqualTo(275);
      out.putAll(s.getProperties());
    }
    return out;
  }

  @Test
  void localModeReadsNothing() {
    var sources =
        new AwsSecretsConfigSourceFactory()
            .getConfigSources(
                context(Map.of("keyhaven.mode", "local", "keyhaven.db.secret-arn", "db")));
    assertThat(sources).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void awsModeTurnsTheSecretsIntoConfiguration() {
    secrets.put("arn:db", "{\"username\":\"keyhaven\",\"password\":\"p@ss word\"}");
    secrets.put("arn:redis", "tok/en+1");
    secrets.put("arn:origin", "0r1g1nS3cr3t\n");
    secrets.put(
        "arn:jwt",
        "{\"private_key_pem\":\"PRIV\",\"public_key_pem\":\"PUB\",\"decoy_secret\":\"0123456789abcdef0123456789abcdef\"}");
    Map<String, String> props =
        props(
            new AwsSecretsConfigSourceFactory()
                .getConfigSources(
                    context(
                        Map.of(
                            "keyhaven.mode", "aws",
                            "keyhaven.db.secret-arn", "arn:db",
                            "keyhaven.db.idle-timeout", "PT4M",
                            "keyhaven.redis.host", "cache.internal",
                            "keyhaven.redis.port", "6380",
                            "keyhaven.redis.secret-arn", "arn:redis",
                            "keyhaven.jwt.secret-arn", "arn:jwt",
                            "keyhaven.http.origin-secret-arn", "arn:origin"))));
    assertThat(props)
        .containsEntry("keyhaven.db.user", "keyhaven")
        .containsEntry("keyhaven.db.password", "p@ss word")
        .containsEntry("quarkus.datasource.reactive.postgresql.ssl-mode", "verify-full")
        .containsEntry("quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS")
        .containsEntry("quarkus.datasource.reactive.trust-all", "false")
        .containsEntry("quarkus.datasource.reactive.idle-timeout", "PT4M")
        .containsEntry("quarkus.datasource.jdbc.additional-jdbc-properties.sslmode", "verify-full")
        .containsEntry("keyhaven.redis.url", "rediss://cache.internal:6380")
        .containsEntry("quarkus.redis.password", "tok/en+1")
        .containsEntry("mp.jwt.verify.publickey", "PUB")
        .containsEntry("smallrye.jwt.sign.key", "PRIV")
        .containsEntry("keyhaven.auth.decoy-secret", "0123456789abcdef0123456789abcdef")
        .containsEntry("keyhaven.http.origin-secret", "0r1g1nS3cr3t");
    assertThat(asked)
        .containsExactlyInAnyOrder(
            "secretsmanager.GetSecretValue arn:db",
            "secretsmanager.GetSecretValue arn:redis",
            "secretsmanager.GetSecretValue arn:jwt",
            "secretsmanager.GetSecretValue arn:origin");
  }

  @Test
  void aSnapStartInitSkipsTheStartupSchemaCheckThatWouldPoolAConnection() {
    Map<String, String> snapStart =
        props(
            new AwsSecretsConfigSourceFactory()
                .getConfigSources(
                    context(
                        Map.of(
                            "keyhaven.mode", "aws",
                            "aws.lambda.initialization-type", "snap-start"))));
    assertThat(snapStart).containsEntry("quarkus.hibernate-orm.schema-management.strategy", "none");

    Map<String, String> onDemand =
        props(
            new AwsSecretsConfigSourceFactory()
                .getConfigSources(
                    context(
                        Map.of(
                            "keyhaven.mode", "aws",
                            "aws.lambda.initialization-type", "on-demand"))));
    assertThat(onDemand).doesNotContainKey("quarkus.hibernate-orm.schema-management.strategy");
  }

  @Test
  void theLlmKeyComesFromItsSecretAsJsonOrBare() {
    secrets.put("arn:llm-json", "{\"api_key\":\"sk-llm-1\"}");
    secrets.put("arn:llm-bare", "sk-llm-2\n");
    assertThat(
            props(
                new AwsSecretsConfigSourceFactory()
                    .getConfigSources(
                        context(
                            Map.of(
                                "keyhaven.mode",
                                "aws",
                                "keyhaven.llm.secret-arn",
                                "arn:llm-json")))))
        .containsEntry("keyhaven.llm.api-key", "sk-llm-1");
    assertThat(
            props(
                new AwsSecretsConfigSourceFactory()
                    .getConfigSources(
                        context(
                            Map.of(
                                "keyhaven.mode",
                                "aws",
                                "keyhaven.llm.secret-arn",
                                "arn:llm-bare")))))
        .containsEntry("keyhaven.llm.api-key", "sk-llm-2");
  }

  @Test
  void theGitHubSettingsGiveTheWebhookSecretAndTheEnvelopeKeyset() {
    secrets.put(
        "arn:github",
        "{\"webhook_secret\":\"gh-hook-1\",\"envelope_keyset\":\"{\\\"primaryKeyId\\\":1}\"}");
    assertThat(
            props(
                new AwsSecretsConfigSourceFactory()
                    .getConfigSources(
                        context(
                            Map.of(
                                "keyhaven.mode",
                                "aws",
                                "keyhaven.github.secret-arn",
                                "arn:github")))))
        .containsEntry("keyhaven.github.webhook-secret", "gh-hook-1")
        .containsEntry("keyhaven.envelope.keyset", "{\"primaryKeyId\":1}");
  }

  @Test
  void aMalformedSecretFailsStartWithoutEchoingIt() {
    secrets.put("arn:db", "not json, password=hunter2");
    var factory = new AwsSecretsConfigSourceFactory();
    var ctx = context(Map.of("keyhaven.mode", "aws", "keyhaven.db.secret-arn", "arn:db"));
    assertThatThrownBy(() -> factory.getConfigSources(ctx))
        .hasMessageContaining("database secret is not JSON")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aMissingSecretFailsStart() {
    var factory = new AwsSecretsConfigSourceFactory();
    var ctx = context(Map.of("keyhaven.mode", "aws", "keyhaven.jwt.secret-arn", "arn:none"));
    assertThatThrownBy(() -> factory.getConfigSources(ctx)).isNotNull();
  }
}
