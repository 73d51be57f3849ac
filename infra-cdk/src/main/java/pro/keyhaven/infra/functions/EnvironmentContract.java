package pro.keyhaven.infra.functions;

import java.util.List;

/**
 * The environment variable names the application reads in AWS. Renaming one here breaks the
 * functions: the names are a contract with {@code shared/core}'s configuration and {@code
 * shared/aws-config} (a variable {@code KEYHAVEN_DB_HOST} is the property {@code
 * keyhaven.db.host}). The synthesis tests compare what the stack sets with what each built function
 * reads.
 */
public final class EnvironmentContract {
  public static final String MODE = "KEYHAVEN_MODE";
  public static final String DB_HOST = "KEYHAVEN_DB_HOST";
  public static final String DB_PORT = "KEYHAVEN_DB_PORT";
  public static final String DB_NAME = "KEYHAVEN_DB_NAME";
  public static final String DB_SECRET_ARN = "KEYHAVEN_DB_SECRET_ARN";

  /** The migrate function only: the functions' role, whose password it sets. */
  public static final String DB_APP_SECRET_ARN = "KEYHAVEN_DB_APP_SECRET_ARN";

  /** Connections one Lambda environment may hold (2 to 4; the proxy budget counts on it). */
  public static final String DB_POOL_SIZE = "KEYHAVEN_DB_POOL_SIZE";

  /** Below the proxy's idle client timeout, so the pool never lends a connection it has cut. */
  public static final String DB_IDLE_TIMEOUT = "KEYHAVEN_DB_IDLE_TIMEOUT";

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

  /** The secret CloudFront adds to each request; an HTTP function refuses requests without it. */
  public static final String HTTP_ORIGIN_SECRET_ARN = "KEYHAVEN_HTTP_ORIGIN_SECRET_ARN";

  /** Where Stripe sends the browser back: the dashboard's plan screen behind CloudFront. */
  public static final String STRIPE_SUCCESS_URL = "KEYHAVEN_STRIPE_SUCCESS_URL";

  public static final String STRIPE_CANCEL_URL = "KEYHAVEN_STRIPE_CANCEL_URL";
  public static final String STRIPE_PORTAL_RETURN_URL = "KEYHAVEN_STRIPE_PORTAL_RETURN_URL";

  /** The dashboard address the notification mails link to. */
  public static final String NOTIFY_EMAIL_DASHBOARD_URL = "KEYHAVEN_NOTIFY_EMAIL_DASHBOARD_URL";

  /** Every name above. */
  public static final List<String> ALL =
      List.of(
          MODE,
          DB_HOST,
          DB_PORT,
          DB_NAME,
          DB_SECRET_ARN,
          DB_APP_SECRET_ARN,
          DB_POOL_SIZE,
          DB_IDLE_TIMEOUT,
          REDIS_HOST,
          REDIS_PORT,
          REDIS_SECRET_ARN,
          JWT_SECRET_ARN,
          STRIPE_SECRET_ARN,
          GITHUB_SECRET_ARN,
          RESEND_SECRET_ARN,
          LLM_SECRET_ARN,
          TINK_KMS_KEY_ARN,
          AUDIT_BUCKET,
          BILLING_ENABLED,
          CORS_ORIGINS,
          HTTP_ORIGIN_SECRET_ARN,
          STRIPE_SUCCESS_URL,
          STRIPE_CANCEL_URL,
          STRIPE_PORTAL_RETURN_URL,
          NOTIFY_EMAIL_DASHBOARD_URL);

  /**
   * The configuration property a variable stands for: {@code KEYHAVEN_DB_HOST} is {@code
   * keyhaven.db.host}.
   */
  public static String property(String variable) {
    // The one name whose group has two segments (keyhaven.notify.email.*).
    if (NOTIFY_EMAIL_DASHBOARD_URL.equals(variable)) {
      return "keyhaven.notify.email.dashboard-url";
    }
    String[] parts = variable.toLowerCase(java.util.Locale.ROOT).split("_");
    // KEYHAVEN_<GROUP>_<NAME...>: the group is one segment, the rest is the kebab-case name.
    if (parts.length == 2) {
      return parts[0] + "." + parts[1];
    }
    return parts[0]
        + "."
        + parts[1]
        + "."
        + String.join("-", java.util.Arrays.copyOfRange(parts, 2, parts.length));
  }

  private EnvironmentContract() {}
}
