package pro.keyhaven.auth.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.auth.api.AuthBodies.MachineLoginResponse;
import pro.keyhaven.auth.config.AuthConfig;
import pro.keyhaven.auth.repository.MachineCredential;
import pro.keyhaven.auth.repository.UserAccount;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.ClientInfo;
import pro.keyhaven.shared.security.MachineSecrets;
import pro.keyhaven.shared.time.Clocks;

/**
 * A machine token's secret exchanged for a 15-minute access token of the machine's account. Every
 * use is written to the team's audit chain; unknown, revoked and wrong tokens get one answer and
 * count toward the address's failure budget.
 */
@ApplicationScoped
public class MachineLoginService {

  static final String BAD_TOKEN = "Machine token is invalid or revoked";
  private static final String FAILS_BY_IP = "machine-login-fail-ip";

  private final AccessTokens accessTokens;
  private final RateLimiter limiter;
  private final AuditWriter audit;
  private final AuthConfig config;
  private final Clock clock;

  public MachineLoginService(
      AccessTokens accessTokens,
      RateLimiter limiter,
      AuditWriter audit,
      AuthConfig config,
      Clock clock) {
    this.clock = clock;
    this.accessTokens = accessTokens;
    this.limiter = limiter;
    this.audit = audit;
    this.config = config;
  }

  public Uni<MachineLoginResponse> login(UUID machineId, String secret, ClientInfo client) {
    String ip = client.ipAddress() == null ? "unknown" : client.ipAddress();
    byte[] presented = MachineSecrets.digest(secret).getBytes(StandardCharsets.US_ASCII);
    return limiter
        .requireBelow(FAILS_BY_IP, ip, config.maxFailuresPerIp())
        .chain(
            () ->
                Panache.withTransaction(
                    () ->
                        MachineCredential.<MachineCredential>findById(machineId)
                            .chain(
                                m -> {
                                  boolean ok =
                                      m != null
                                          && m.revokedAt == null
                                          && MessageDigest.isEqual(
                                              presented,
                                              m.tokenHash.getBytes(StandardCharsets.US_ASCII));
                                  return ok ? succeed(m, client) : recordFailure(m, client);
                                })))
        .chain(
            answer ->
                answer != null
                    ? Uni.createFrom().item(answer)
                    : limiter
                        .record(FAILS_BY_IP, ip, config.failureWindow())
                        .chain(
                            () ->
                                Uni.createFrom()
                                    .<MachineLoginResponse>failure(
                                        ApiException.unauthorized(BAD_TOKEN))));
  }

  private Uni<MachineLoginResponse> succeed(MachineCredential m, ClientInfo client) {
    m.lastUsedAt = Clocks.now(clock);
    return UserAccount.<UserAccount>findById(m.id)
        .call(
            account ->
                audit.append(
                    new AuditEvent(
                        m.teamId,
                        m.id,
                        "machine.login",
                        "machine",
                        m.id.toString(),
                        Map.of(),
                        client)))
        .map(
            account ->
                new MachineLoginResponse(
                    accessTokens.issue(m.id, m.id),
                    "Bearer",
                    accessTokens.ttlSeconds(),
                    m.id,
                    m.teamId,
                    Base64.getEncoder().encodeToString(account.publicKey)));
  }

  /** Audits a refused token (committed) and answers {@code null}: the caller refuses it. */
  private Uni<MachineLoginResponse> recordFailure(MachineCredential m, ClientInfo client) {
    Uni<Void> recorded =
        m == null
            ? Uni.createFrom().voidItem()
            : audit.append(
                new AuditEvent(
                    m.teamId,
                    m.id,
                    "machine.login_failed",
                    "machine",
                    m.id.toString(),
                    Map.of("reason", m.revokedAt != null ? "revoked" : "bad_secret"),
                    client));
    return recorded.replaceWith((MachineLoginResponse) null);
  }
}
