package pro.keyhaven.infra.secrets;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The KMS key for Tink's envelope encryption and every secret the functions read.
 *
 * <p>Secrets whose value comes from outside (JWT signing keys, Stripe, GitHub, Resend, LLM) are
 * created with a random placeholder; an operator puts the real value after the first deploy (see
 * README). Names are left to CloudFormation: a fixed name would block re-creating a dev stack while
 * the old secret sits in its recovery window.
 */
public class SecretsAndKeys extends Construct {

  /**
   * @param databaseUsername the PostgreSQL master user the functions connect as
   */
  public record Props(String stageId, RemovalPolicy removalPolicy, String databaseUsername) {
    public static Props of(String stageId, RemovalPolicy removalPolicy) {
      return new Props(stageId, removalPolicy, "keyhaven");
    }
  }

  private final Key tinkKey;
  private final DatabaseSecret databaseSecret;
  private final Secret redisAuthToken;
  private final Secret jwt;
  private final Secret stripe;
  private final Secret github;
  private final Secret resend;
  private final Secret llm;

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

    redisAuthToken =
        secret(
            "RedisAuthToken",
            "Redis AUTH token",
            props,
            // ElastiCache accepts 16-128 printable characters but not @, " or /.
            SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build());
    jwt =
        placeholder(
            "JwtSigningKeys",
            "access-token keys: JSON {private_key_pem, public_key_pem (RSA-2048, RS256), decoy_secret}",
            props);
    stripe = placeholder("Stripe", "Stripe API key and webhook signing secret", props);
    github = placeholder("GitHub", "GitHub app credentials and webhook secret", props);
    resend = placeholder("Resend", "Resend API key", props);
    llm = placeholder("Llm", "LLM (OpenAI-compatible) API key", props);
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

  public ISecret stripe() {
    return stripe;
  }

  public ISecret github() {
    return github;
  }

  public ISecret resend() {
    return resend;
  }

  public ISecret llm() {
    return llm;
  }
}
