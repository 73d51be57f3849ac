package pro.keyhaven.shared.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * Appends audit entries inside the caller's transaction, so an action and its entry commit or fail
 * together. Linking into the hash chain is the {@link AuditSealer}'s job.
 *
 * <p>Two forms, one column list and one tenant rule: {@link #append} persists an {@link AuditEvent}
 * in the caller's Hibernate transaction; {@link #insertFor} gives the same insert as a statement
 * fragment (for a CTE) so a hot path can read and audit in one round trip.
 */
@ApplicationScoped
public class AuditWriter {

  /** The columns an entry is written with, in the order {@link #bind} adds their values. */
  static final String COLUMNS =
      "id, tenant_id, user_id, action, resource, resource_id, metadata, ip_address, user_agent,"
          + " timestamp";

  private final Clock clock;

  public AuditWriter(Clock clock) {
    this.clock = clock;
  }

  /** Must run inside a reactive transaction (e.g. a {@code @WithTransaction} service method). */
  public Uni<Void> append(AuditEvent event) {
    AuditEntry entry = new AuditEntry();
    entry.id = UUID.randomUUID();
    entry.tenantId = event.tenantId();
    entry.userId = event.actorId();
    entry.action = event.action();
    entry.resource = event.resource();
    entry.resourceId = event.resourceId();
    entry.metadata = event.metadata();
    entry.ipAddress = event.client().ipAddress();
    entry.userAgent = event.client().userAgent();
    entry.timestamp = Clocks.now(clock);
    return entry.persist().replaceWithVoid();
  }

  /**
   * An {@code INSERT INTO audit_logs ... SELECT ... FROM <from> RETURNING 1} that audits {@code
   * action} on every key row of {@code from} (a CTE alias with {@code api_keys} columns), on the
   * key's chain ({@link #keyTenant}). Its placeholders start at {@code $firstParam} and take, in
   * order, what {@link #bind} adds: entry id, actor, address, user agent, time.
   */
  public static String insertFor(String from, String action, int firstParam) {
    int p = firstParam;
    return "INSERT INTO audit_logs ("
        + COLUMNS
        + ") SELECT $"
        + p
        + ", "
        + keyTenant(from)
        + ", $"
        + (p + 1)
        + ", '"
        + literal(action)
        + "', 'api_key', "
        + from
        + ".id::text, '{}'::jsonb, $"
        + (p + 2)
        + ", $"
        + (p + 3)
        + ", $"
        + (p + 4)
        + " FROM "
        + from
        + " RETURNING 1";
  }

  /**
   * Like {@link #insertFor}, for a list answer: one entry per chain the rows of {@code from} belong
   * to, naming every key of that chain the answer carried ({@code metadata.key_ids}). Its
   * placeholders start at {@code $firstParam} and take, in order, what {@link #bindList} adds:
   * actor, address, user agent, time.
   */
  public static String insertListFor(String from, String action, int firstParam) {
    int p = firstParam;
    return "INSERT INTO audit_logs ("
        + COLUMNS
        + ") SELECT gen_random_uuid(), "
        + keyTenant(from)
        + ", $"
        + p
        + ", '"
        + literal(action)
        + "', 'api_key', NULL, jsonb_build_object('key_ids', jsonb_agg("
        + from
        + ".id::text ORDER BY "
        + from
        + ".id)), $"
        + (p + 1)
        + ", $"
        + (p + 2)
        + ", $"
        + (p + 3)
        + " FROM "
        + from
        + " GROUP BY "
        + keyTenant(from)
        + " RETURNING 1";
  }

  /** Adds the values of {@link #insertListFor}'s placeholders to {@code params}. */
  public void bindList(java.util.List<Object> params, UUID actor, ClientInfo client) {
    params.add(actor);
    params.add(client.ipAddress());
    params.add(client.userAgent());
    params.add(Clocks.now(clock).atOffset(ZoneOffset.UTC));
  }

  /** Adds the values of {@link #insertFor}'s placeholders to {@code args}. */
  public Tuple bind(Tuple args, UUID actor, ClientInfo client) {
    Instant now = Clocks.now(clock);
    return args.addUUID(UUID.randomUUID())
        .addUUID(actor)
        .addString(client.ipAddress())
        .addString(client.userAgent())
        .addOffsetDateTime(now.atOffset(ZoneOffset.UTC));
  }

  /**
   * The chain a key's events go to, as SQL over a row alias: the team's for a team key (its admins
   * review it), else the owner's. {@link #keyTenant(UUID, UUID)} is the same rule in Java.
   */
  public static String keyTenant(String alias) {
    return "coalesce(" + alias + ".team_id, " + alias + ".user_id)";
  }

  /** The chain a key's events go to: its team's, else its owner's. */
  public static UUID keyTenant(UUID ownerId, UUID teamId) {
    return teamId != null ? teamId : ownerId;
  }

  private static String literal(String action) {
    if (!action.matches("[a-z_.]{1,100}")) {
      throw new IllegalArgumentException("not an action name: " + action);
    }
    return action;
  }
}
