package pro.keyhaven.infra.functions;

import static pro.keyhaven.infra.functions.Access.AUDIT_BUCKET;
import static pro.keyhaven.infra.functions.Access.AUDIT_BUCKET_READ;
import static pro.keyhaven.infra.functions.Access.DB;
import static pro.keyhaven.infra.functions.Access.GITHUB;
import static pro.keyhaven.infra.functions.Access.JWT;
import static pro.keyhaven.infra.functions.Access.KMS;
import static pro.keyhaven.infra.functions.Access.LLM;
import static pro.keyhaven.infra.functions.Access.REDIS;
import static pro.keyhaven.infra.functions.Access.RESEND;
import static pro.keyhaven.infra.functions.Access.STRIPE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The function catalogue: every Lambda, what it may touch (least privilege) and, for the API areas,
 * the HTTP API routes that lead to it. The one place to look when an area gains a path or a secret.
 */
public enum FunctionArea {
  AUTH(
      "auth",
      Kind.HTTP,
      // KMS: Tink envelope encryption of TOTP secrets (two-step sign-in).
      EnumSet.of(DB, REDIS, JWT, KMS),
      "/api/auth/{proxy+}",
      "/api/me",
      "/api/me/{proxy+}",
      "/api/users/{proxy+}"),
  // The audit-export bucket: the anomaly scan puts the sealed chains there (Access.AUDIT_BUCKET),
  // vault reads the latest heads to verify a chain against (Access.AUDIT_BUCKET_READ).
  VAULT(
      "vault",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT, AUDIT_BUCKET_READ),
      "/api/keys",
      "/api/keys/{proxy+}",
      "/api/audit",
      "/api/audit/{proxy+}"),
  TEAMS("teams", Kind.HTTP, EnumSet.of(DB, REDIS, JWT), "/api/teams", "/api/teams/{proxy+}"),
  MONITORING(
      "monitoring",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT),
      "/api/usage",
      "/api/anomalies",
      "/api/anomalies/{proxy+}",
      // More specific than vault's /api/keys/{proxy+}, so API Gateway prefers these.
      "/api/keys/{id}/usage",
      "/api/keys/{id}/health",
      "/api/keys/{id}/rotation-schedule",
      "/api/keys/{id}/ingest-tokens",
      "/api/keys/{id}/ingest-tokens/{proxy+}"),
  // GITHUB: the envelope keyset in the GitHub settings secret opens a user's GitHub token, with
  // which the insights refresh reads linked repositories' dependency graphs (the scan refreshes
  // insights too).
  INSIGHTS(
      "insights",
      Kind.HTTP,
      // GITHUB and KMS: the dependency feed opens GitHub tokens with the envelope keyset.
      EnumSet.of(DB, REDIS, JWT, LLM, GITHUB, KMS),
      "/api/insights",
      "/api/insights/{proxy+}"),
  INTEGRATIONS(
      "integrations",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT, GITHUB, KMS),
      "/api/integrations/{proxy+}",
      "/webhooks/github"),
  BILLING(
      "billing",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT, STRIPE),
      "/api/billing/{proxy+}",
      "/webhooks/stripe"),
  NOTIFICATIONS(
      "notifications",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT, RESEND),
      "/api/notifications",
      "/api/notifications/{proxy+}"),
  /** Managed rotation: provider connections (Tink-sealed credentials) and per-key rotations. */
  ROTATION(
      "rotation",
      Kind.HTTP,
      EnumSet.of(DB, REDIS, JWT, KMS),
      "/api/connections",
      "/api/connections/{proxy+}",
      "/api/keys/{id}/rotation",
      "/api/keys/{id}/rotation/{proxy+}",
      // A client's own encryption of a value the server sealed (GET .../versions stays vault's).
      "/api/keys/{id}/versions/{version}"),
  // The jobs write their notices to the notification outbox; they send no mail themselves.
  // Their shared core verifies tokens and reads the origins at start, as every area does.
  // KMS: the rotation job opens provider credentials; the scan's insights refresh, GitHub tokens.
  ROTATION_JOB("rotation-job", Kind.SCHEDULED, EnumSet.of(DB, REDIS, JWT, KMS)),
  ANOMALY_SCAN(
      "anomaly-scan", Kind.SCHEDULED, EnumSet.of(DB, REDIS, JWT, AUDIT_BUCKET, GITHUB, KMS)),
  /** Sends the notification mails waiting in the outbox (Resend), every minute. */
  OUTBOX_JOB("outbox-job", Kind.SCHEDULED, EnumSet.of(DB, REDIS, JWT, RESEND)),
  MIGRATE("migrate", Kind.MIGRATION, EnumSet.of(DB));

  /**
   * Whether the function carries {@code shared/notify} (it writes notifications or sends their
   * mails), whose mail links need the dashboard's address.
   */
  public boolean notifies() {
    return switch (this) {
      case AUTH, TEAMS, BILLING, NOTIFICATIONS, OUTBOX_JOB, ROTATION, ROTATION_JOB, INTEGRATIONS ->
          true;
      default -> false;
    };
  }

  /** How a function is invoked. */
  public enum Kind {
    /** Behind the HTTP API. */
    HTTP,
    /** By an EventBridge schedule. */
    SCHEDULED,
    /** By the deploy itself, before the others update. */
    MIGRATION
  }

  private final String id;
  private final Kind kind;
  private final Set<Access> access;
  private final List<String> routes;

  FunctionArea(String id, Kind kind, Set<Access> access, String... routes) {
    this.id = id;
    this.kind = kind;
    this.access = access;
    this.routes = List.of(routes);
  }

  /** The module name under {@code functions/}, also the construct id. */
  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public Set<Access> access() {
    return EnumSet.copyOf(access);
  }

  /** HTTP API paths; every method goes to the function, which answers OPTIONS itself (CORS). */
  public List<String> routes() {
    return routes;
  }

  public static List<FunctionArea> ofKind(Kind kind) {
    return Arrays.stream(values()).filter(area -> area.kind == kind).toList();
  }

  /** The area whose module is {@code functions/<id>}, if the catalogue knows it. */
  public static java.util.Optional<FunctionArea> byId(String id) {
    return Arrays.stream(values()).filter(area -> area.id.equals(id)).findFirst();
  }
}
