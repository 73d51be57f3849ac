package pro.keyhaven.awsconfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * In AWS ({@code keyhaven.mode=aws}), turns the Secrets Manager secrets named by the function's
 * environment into configuration before the application starts: database credentials (over TLS),
 * the Redis AUTH token (TLS), and the token signing keys with the prelogin secret. Nothing is read,
 * and nothing changes, in local mode.
 */
public class AwsSecretsConfigSourceFactory implements ConfigSourceFactory {

  /** Above application.properties (250), below environment variables (300). */
  static final int ORDINAL = 275;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(
      ConfigSourceContext context) {
    if (!"aws".equals(value(context, "keyhaven.mode"))) {
      return List.of();
    }
    Function<String, String> secrets = fetcher(context);
    return List.of(
        new PropertiesConfigSource(properties(context, secrets), "keyhaven-aws-secrets", ORDINAL));
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(ORDINAL);
  }

  /** The configuration the secrets give, read through {@code secrets} (ARN to secret string). */
  static Map<String, String> properties(
      ConfigSourceContext context, Function<String, String> secrets) {
    Map<String, String> out = new HashMap<>();
    String dbArn = value(context, "keyhaven.db.secret-arn");
    if (dbArn != null) {
      JsonNode db = parse(secrets.apply(dbArn), "database");
      out.put("keyhaven.db.user", text(db, "username"));
      out.put("keyhaven.db.password", text(db, "password"));
      // RDS Proxy presents an ACM certificate (Amazon Trust Services roots, which the JDK's own
      // trust store holds): verify the chain and the host name, never trust all.
      out.put("quarkus.datasource.reactive.postgresql.ssl-mode", "verify-full");
      out.put("quarkus.datasource.reactive.hostname-verification-algorithm", "HTTPS");
      out.put("quarkus.datasource.reactive.trust-all", "false");
      out.put("quarkus.datasource.jdbc.additional-jdbc-properties.sslmode", "verify-full");
      out.put(
          "quarkus.datasource.jdbc.additional-jdbc-properties.sslfactory",
          "org.postgresql.ssl.DefaultJavaSSLFactory");
    }
    // The migrate function: the functions' role, whose password it sets after migrating.
    String appArn = value(context, "keyhaven.db.app-secret-arn");
    if (appArn != null) {
      JsonNode app = parse(secrets.apply(appArn), "database application role");
      out.put("keyhaven.db.app-password", text(app, "password"));
    }
    // The proxy closes client connections idle longer than its own timeout; the pool lets go first.
    String idleTimeout = value(context, "keyhaven.db.idle-timeout");
    if (idleTimeout != null) {
      out.put("quarkus.datasource.reactive.idle-timeout", idleTimeout);
    }
    // SnapStart (Lambda sets AWS_LAMBDA_INITIALIZATION_TYPE=snap-start): the application starts
    // when a version is published, and is snapshotted. Hibernate's startup schema check would
    // leave a database connection in the pool, frozen into the snapshot and dead in every
    // environment restored from it (SnapStartPriming refuses such a snapshot), so it is skipped
    // there; the mapping is still checked by every module's tests and at the local server's start.
    if ("snap-start".equals(value(context, "aws.lambda.initialization-type"))) {
      out.put("quarkus.hibernate-orm.schema-management.strategy", "none");
    }
    String redisHost = value(context, "keyhaven.redis.host");
    if (redisHost != null) {
      String port = value(context, "keyhaven.redis.port");
      out.put("keyhaven.redis.url", "rediss://" + redisHost + ":" + (port == null ? "6379" : port));
      String redisArn = value(context, "keyhaven.redis.secret-arn");
      if (redisArn != null) {
        // The AUTH token as the client's password setting: it never becomes part of a URL that
        // a connection error or a configuration dump could print.
        out.put("quarkus.redis.password", secrets.apply(redisArn).trim());
      }
    }
    String jwtArn = value(context, "keyhaven.jwt.secret-arn");
    if (jwtArn != null) {
      JsonNode jwt = parse(secrets.apply(jwtArn), "token signing keys");
      out.put("mp.jwt.verify.publickey", text(jwt, "public_key_pem"));
      if (jwt.hasNonNull("private_key_pem")) {
        out.put("smallrye.jwt.sign.key", text(jwt, "private_key_pem"));
      }
      if (jwt.hasNonNull("decoy_secret")) {
        out.put("keyhaven.auth.decoy-secret", text(jwt, "decoy_secret"));
      }
    }
    // Billing: the Stripe secret API key and the webhook signing secret, {api_key, webhook_secret}.
    String stripeArn = value(context, "keyhaven.stripe.secret-arn");
    if (stripeArn != null) {
      JsonNode stripe = parse(secrets.apply(stripeArn), "Stripe keys");
      if (stripe.hasNonNull("api_key")) {
        out.put("keyhaven.stripe.api-key", text(stripe, "api_key"));
      }
      if (stripe.hasNonNull("webhook_secret")) {
        out.put("keyhaven.stripe.webhook-secret", text(stripe, "webhook_secret"));
      }
    }
    // Integrations: the GitHub webhook secret and the Tink keyset that seals GitHub tokens
    // (Secrets Manager keeps it encrypted under KMS), {webhook_secret, envelope_keyset}.
    String githubArn = value(context, "keyhaven.github.secret-arn");
    if (githubArn != null) {
      JsonNode github = parse(secrets.apply(githubArn), "GitHub settings");
      if (github.hasNonNull("webhook_secret")) {
        out.put("keyhaven.github.webhook-secret", text(github, "webhook_secret"));
      }
      if (github.hasNonNull("envelope_keyset")) {
        out.put("keyhaven.envelope.keyset", text(github, "envelope_keyset"));
      }
    }
    // The secret CloudFront adds to every request it forwards (a plain string).
    String originArn = value(context, "keyhaven.http.origin-secret-arn");
    if (originArn != null) {
      out.put("keyhaven.http.origin-secret", secrets.apply(originArn).trim());
    }
    // Notifications: the Resend API key, {api_key}.
    String resendArn = value(context, "keyhaven.resend.secret-arn");
    if (resendArn != null) {
      JsonNode resend = parse(secrets.apply(resendArn), "Resend key");
      if (resend.hasNonNull("api_key")) {
        out.put("keyhaven.notify.resend.api-key", text(resend, "api_key"));
      }
    }
    // Insights: the LLM's API key, {api_key} or the bare key.
    String llmArn = value(context, "keyhaven.llm.secret-arn");
    if (llmArn != null) {
      String llm = secrets.apply(llmArn).trim();
      if (llm.startsWith("{")) {
        JsonNode key = parse(llm, "LLM key");
        if (key.hasNonNull("api_key")) {
          out.put("keyhaven.llm.api-key", text(key, "api_key"));
        }
      } else if (!llm.isEmpty()) {
        out.put("keyhaven.llm.api-key", llm);
      }
    }
    return out;
  }

  private static Function<String, String> fetcher(ConfigSourceContext context) {
    var builder =
        SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    String region = value(context, "keyhaven.aws.region");
    if (region == null) {
      region = System.getenv("AWS_REGION");
    }
    if (region != null) {
      builder.region(Region.of(region));
    }
    String endpoint = value(context, "keyhaven.aws.endpoint");
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    SecretsManagerClient client = builder.build();
    return arn -> client.getSecretValue(r -> r.secretId(arn)).secretString();
  }

  private static JsonNode parse(String secret, String what) {
    try {
      return JSON.readTree(secret);
    } catch (java.io.IOException e) {
      // Never echo the secret itself.
      throw new IllegalStateException("The " + what + " secret is not JSON");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalStateException("A secret lacks its '" + field + "' field");
    }
    return v.asText();
  }

  private static String value(ConfigSourceContext context, String name) {
    ConfigValue v = context.getValue(name);
    return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue();
  }
}
