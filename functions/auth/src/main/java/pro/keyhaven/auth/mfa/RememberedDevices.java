package pro.keyhaven.auth.mfa;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.MfaBodies.RememberedDeviceList;
import pro.keyhaven.auth.api.MfaBodies.RememberedDeviceView;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.repository.RememberedDevice;
import pro.keyhaven.auth.service.Devices;
import pro.keyhaven.auth.service.Secrets;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.time.Clocks;

/**
 * "Remember this device": after a second step, a random device token the browser keeps and the
 * server knows only by its SHA-256. With the right password and a live token of the same account, a
 * sign-in skips the second step (the password is still checked, so the token alone signs nobody
 * in). Forgotten in Settings, or all at once when the second factor goes off or the password
 * changes.
 */
@ApplicationScoped
public class RememberedDevices {

  private final AuditWriter audit;
  private final AuthConfig config;
  private final Clock clock;

  public RememberedDevices(AuditWriter audit, AuthConfig config, Clock clock) {
    this.audit = audit;
    this.config = config;
    this.clock = clock;
  }

  /** Remembers the device the second step came from; answers its token (shown once). */
  public Uni<String> remember(UUID userId, ClientInfo client) {
    Instant now = Clocks.now(clock);
    String token = Secrets.newToken();
    RememberedDevice d = new RememberedDevice();
    d.id = UUID.randomUUID();
    d.userId = userId;
    d.tokenHash = Secrets.digest(token);
    d.userAgent = client.userAgent();
    d.ipAddress = client.ipAddress();
    d.createdAt = now;
    d.expiresAt = now.plus(config.rememberDeviceLifetime());
    return Panache.withTransaction(
            () ->
                d.persist()
                    .call(
                        () ->
                            audit.append(
                                new AuditEvent(
                                    userId,
                                    userId,
                                    "auth.device_remembered",
                                    "device",
                                    d.id.toString(),
                                    Map.of("expires_at", d.expiresAt.toString()),
                                    client))))
        .replaceWith(token);
  }

  /** Whether {@code token} is a live remembered device of the user (and notes its use). */
  public Uni<Boolean> recognises(UUID userId, String token) {
    if (token == null) {
      return Uni.createFrom().item(false);
    }
    Instant now = Clocks.now(clock);
    return Panache.withTransaction(
        () ->
            RememberedDevice.<RememberedDevice>find("tokenHash", Secrets.digest(token))
                .firstResult()
                .map(
                    d -> {
                      if (d == null || !d.userId.equals(userId) || !d.expiresAt.isAfter(now)) {
                        return false;
                      }
                      d.lastUsedAt = now;
                      return true;
                    }));
  }

  /** The caller's remembered devices that have not expired, newest first. */
  public Uni<RememberedDeviceList> list(UUID userId) {
    Instant now = Clocks.now(clock);
    return Panache.withSession(
            () ->
                RememberedDevice.<RememberedDevice>list(
                    "userId = ?1 and expiresAt > ?2 order by createdAt desc", userId, now))
        .map(
            rows ->
                new RememberedDeviceList(
                    rows.stream()
                        .map(
                            d ->
                                new RememberedDeviceView(
                                    d.id,
                                    Devices.describe(d.userAgent),
                                    d.ipAddress,
                                    d.createdAt,
                                    d.lastUsedAt,
                                    d.expiresAt))
                        .toList()));
  }

  /** Forgets one device of the caller; another user's or an unknown id answers 404. */
  public Uni<Void> forget(UUID userId, UUID id, ClientInfo client) {
    return Panache.withTransaction(
        () ->
            RememberedDevice.delete("id = ?1 and userId = ?2", id, userId)
                .chain(
                    n ->
                        n == 0
                            ? Uni.createFrom().failure(ApiException.notFound("Remembered device"))
                            : audit.append(
                                new AuditEvent(
                                    userId,
                                    userId,
                                    "auth.device_forgotten",
                                    "device",
                                    id.toString(),
                                    Map.of(),
                                    client))));
  }

  /** Forgets every device of the user (second factor off, password changed); in a transaction. */
  public Uni<Long> forgetAll(UUID userId) {
    return RememberedDevice.delete("userId", userId);
  }
}
