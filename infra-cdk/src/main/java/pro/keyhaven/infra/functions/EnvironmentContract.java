package pro.keyhaven.infra.functions;

/**
 * The environment variable names the application reads in AWS. Renaming one here breaks the
 * functions: the names are a contract with {@code shared/core}'s configuration.
 */
public final class EnvironmentContract {
  public static final String MODE = "KEYHAVEN_MODE";
  public static final String DB_HOST = "KEYHAVEN_DB_HOST";
  public static final String DB_PORT = "KEYHAVEN_DB_PORT";
  public static final String DB_NAME = "KEYHAVEN_DB_NAME";
  public static final String DB_SECRET_ARN = "KEYHAVEN_DB_SECRET_ARN";
  public static final String REDIS_HOST = "KEYHAVEN_REDIS_HOST";
  public static final String REDIS_PORT = "KEYHAVEN_REDIS_PORT";
  public static final String REDIS_SECRET_ARN = "KEYHAVEN_REDIS_SECRET_ARN";
  public static final String JWT_SECRET_ARN = "KEYHAVEN_JWT_SECRET_ARN";
  public static final String STRIPE_SECRET_ARN = "KEYHAVEN_STRIPE_SECRET_ARN";
  public static final String GITHUB_SECRET_ARN = "KEYHAVEN_GITHUB_SECRET_ARN";
  public static final String RESEND_SECRET_ARN = "KEYHAVEN_RESEND_SECRET_ARN";
  public static final String LLM_SECRET_ARN = "KEYHAVEN_LLM_SECRET_ARN";
  public static final String TINK_KMS_KEY_ARN = "KEYHAVEN_TINK_KMS_KEY_ARN";
  public static final String AUDIT_BUCKET = "KEYHAVEN_AUDIT_BUCKET";
  public static final String BILLING_ENABLED = "KEYHAVEN_BILLING_ENABLED";
  public static final String CORS_ORIGINS = "KEYHAVEN_CORS_ORIGINS";

  private EnvironmentContract() {}
}
