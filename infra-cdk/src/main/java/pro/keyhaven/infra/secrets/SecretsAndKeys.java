package pro.keyhaven.infra.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;
import software.constructs.IDependable;

/**
 * The KMS key for Tink's envelope encryption and every secret the functions read.
 *
 * <p>Generated on create, usable at once: the database credentials, the Redis AUTH token, and the
 * access-token keys (a custom resource writes the RSA key pair and the decoy secret in the format
 * {@code shared/aws-config} reads, and leaves keys that already exist alone). Secrets whose value
 * comes from outside (Stripe, GitHub, Resend, LLM) are created with a random placeholder; an
 * operator puts the real value before the area that reads it is deployed (see README). Names are
 * left to CloudFormation: a fixed name would block re-creating a dev stack while the old secret
 * sits in its recovery window.
 */
public class SecretsAndKeys extends Construct {

  /**
   * @param databaseUsername the PostgreSQL master user the functions connect as
   */
  public record Props(
      String stageId,
      RemovalPolicy removalPolicy,
      RetentionDays logRetention,
      String databaseUsername) {
    public static Props of(
        String stageId, RemovalPolicy removalPolicy, RetentionDays logRetention) {
      return new Props(stageId, removalPolicy, logRetention, "keyhaven");
    }
  }

  private final Key tinkKey;
  private final DatabaseSecret databaseSecret;
  private final DatabaseSecret appDatabaseSecret;
  private final Secret redisAuthToken;
  private final Secret jwt;
  private final Secret stripe;
  private final Secret github;
  private final Secret resend;
  private final Secret llm;
  private final Secret originVerify;
  private final CustomResource accessTokenKeys;

  public SecretsAndKeys(Construct scope, String id, Props props) {
    super(scope, id);
    tinkKey =
        Key.Builder.create(this, "TinkKey")
            .description("KeyHaven " + props.stageId() + ": Tink envelope encryption (KEK)")
            .alias("alias/keyhaven-" + props.stageId() + "-tink")
            .enableKeyRotation(true)
            .pendingWindow(Duration.days(30))
            .removalPolicy(props.removalPolicy())
            .build();

    databaseSecret =
        DatabaseSecret.Builder.create(this, "DatabaseSecret")
            .username(props.databaseUsername())
            .build();
    databaseSecret.applyRemovalPolicy(props.removalPolicy());
    // The role the functions connect as (schema migration V11): no schema or trigger changes, and
    // no rewriting of the audit log. The migrate function sets its password from this secret.
    appDatabaseSecret =
        DatabaseSecret.Builder.create(this, "AppDatabaseSecret").username("keyhaven_app").build();
    appDatabaseSecret.applyRemovalPolicy(props.removalPolicy());

    redisAuthToken =
        secret(
            "RedisAuthToken",
            "Redis AUTH token",
            props,
            // ElastiCache accepts 16-128 printable characters but not @, " or /.
            SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build());
    jwt =
        secret(
            "JwtSigningKeys",
            "access-token keys: JSON {private_key_pem, public_key_pem (RSA-2048, RS256),"
                + " decoy_secret}, generated on create",
            props,
            SecretStringGenerator.builder().passwordLength(32).excludePunctuation(true).build());
    accessTokenKeys = generateAccessTokenKeys(jwt, props);
    stripe = placeholder("Stripe", "Stripe API key and webhook signing secret", props);
    github = placeholder("GitHub", "GitHub app credentials and webhook secret", props);
    resend = placeholder("Resend", "Resend API key", props);
    llm = placeholder("Llm", "LLM (OpenAI-compatible) API key", props);
    originVerify =
        secret(
            "OriginVerify",
            "the header CloudFront adds to every request it forwards to the API; the functions"
                + " refuse requests without it (the HTTP API's own address)",
            props,
            SecretStringGenerator.builder().passwordLength(48).excludePunctuation(true).build());
  }

  /** A custom resource that fills the access-token secret on create (and heals a placeholder). */
  private CustomResource generateAccessTokenKeys(Secret secret, Props props) {
    Function generator =
        Function.Builder.create(this, "AccessTokenKeysGenerator")
            .description("KeyHaven " + props.stageId() + ": generates the access-token keys")
            .runtime(Runtime.NODEJS_24_X)
            .handler("index.handler")
            .code(Code.fromInline(resource("access-token-keys.js")))
            .timeout(Duration.seconds(30))
            .logGroup(
                LogGroup.Builder.create(this, "AccessTokenKeysGeneratorLogs")
                    .retention(props.logRetention())
                    .removalPolicy(props.removalPolicy())
                    .build())
            .build();
    secret.grantRead(generator);
    secret.grantWrite(generator);
    Provider provider =
        Provider.Builder.create(this, "AccessTokenKeysProvider")
            .onEventHandler(generator)
            .logGroup(
                LogGroup.Builder.create(this, "AccessTokenKeysProviderLogs")
                    .retention(props.logRetention())
                    .removalPolicy(props.removalPolicy())
                    .build())
            .build();
    return CustomResource.Builder.create(this, "AccessTokenKeys")
        .serviceToken(provider.getServiceToken())
        .resourceType("Custom::KeyHavenAccessTokenKeys")
        .properties(Map.of("SecretArn", secret.getSecretArn()))
        .build();
  }

  private static String resource(String name) {
    try (InputStream in = SecretsAndKeys.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generator's source, for the tests that run it. */
  public static String accessTokenKeysSource() {
    return resource("access-token-keys.js");
  }

  private Secret placeholder(String id, String what, Props props) {
    return secret(
        id,
        what + ": placeholder until an operator puts the real value",
        props,
        SecretStringGenerator.builder().passwordLength(32).excludePunctuation(true).build());
  }

  private Secret secret(String id, String what, Props props, SecretStringGenerator generator) {
    return Secret.Builder.create(this, id)
        .description("KeyHaven " + props.stageId() + ": " + what)
        .generateSecretString(generator)
        .removalPolicy(props.removalPolicy())
        .build();
  }

  public IKey tinkKey() {
    return tinkKey;
  }

  /** The functions' database role, {@code keyhaven_app}: JSON with username and password. */
  public ISecret appDatabaseSecret() {
    return appDatabaseSecret;
  }

  /** JSON with username and password; the database construct attaches host and port to it. */
  public ISecret databaseSecret() {
    return databaseSecret;
  }

  public ISecret redisAuthToken() {
    return redisAuthToken;
  }

  public ISecret jwt() {
    return jwt;
  }

  /** Done once the access-token secret holds keys: every function that reads it waits for it. */
  public IDependable accessTokenKeys() {
    return accessTokenKeys;
  }

  public ISecret stripe() {
    return stripe;
  }

  public ISecret github() {
    return github;
  }

  public ISecret resend() {
    return resend;
  }

  /** The origin secret: a plain string, in CloudFront's origin header and read by the functions. */
  public ISecret originVerify() {
    return originVerify;
  }

  public ISecret llm() {
    return llm;
  }
}
