package pro.keyhaven.local.probe;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import pro.keyhaven.shared.audit.AuditEvent;
import pro.keyhaven.shared.audit.AuditSealer;
import pro.keyhaven.shared.audit.AuditVerifier;
import pro.keyhaven.shared.audit.AuditWriter;
import pro.keyhaven.shared.ratelimit.RateLimiter;
import pro.keyhaven.shared.security.ClientInfo;

/** Test-only endpoints that exercise the shared platform pieces through real HTTP. */
@Path("/api/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

  private final AuditWriter writer;
  private final AuditSealer sealer;
  private final AuditVerifier verifier;
  private final RateLimiter limiter;

  public ProbeResource(
      AuditWriter writer, AuditSealer sealer, AuditVerifier verifier, RateLimiter limiter) {
    this.writer = writer;
    this.sealer = sealer;
    this.verifier = verifier;
    this.limiter = limiter;
  }

  /** A body with the kinds of constraints real endpoints use. */
  public record Signup(
      @NotBlank @Email @Size(max = 254) String email,
      @Min(1) @Max(10) int seats,
      @Size(max = 20) String nickname) {}

  @POST
  @Path("/validated")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> validated(@Valid Signup body) {
    return Map.of("email", body.email(), "seats", body.seats());
  }

  @GET
  @Path("/boom")
  public String boom() {
    throw new IllegalStateException("db password=hunter2 at com.example.Internal");
  }

  @POST
  @Path("/audit/{tenant}")
  public Uni<Map<String, Object>> append(@PathParam("tenant") UUID tenant) {
    return Panache.withTransaction(
            () ->
                writer.append(
                    new AuditEvent(
                        tenant,
                        tenant,
                        "probe.append",
                        "probe",
                        UUID.randomUUID().toString(),
                        Map.of("n", 1, "nested", Map.of("b", "x", "a", "y")),
                        new ClientInfo("127.0.0.1", "probe"))))
        .replaceWith(Map.of("ok", true));
  }

  @POST
  @Path("/audit/{tenant}/seal")
  public Uni<Map<String, Object>> seal(@PathParam("tenant") UUID tenant) {
    return sealer.sealTenant(tenant).map(n -> Map.of("sealed", n));
  }

  @GET
  @Path("/audit/{tenant}/verify")
  public Uni<AuditVerifier.Result> verify(@PathParam("tenant") UUID tenant) {
    return verifier.verify(tenant);
  }

  @POST
  @Path("/limited/{key}")
  public Uni<Map<String, Object>> limited(@PathParam("key") String key) {
    return limiter
        .consume("probe", key, 3, Duration.ofSeconds(60))
        .map(w -> Map.of("count", w.count()));
  }

  @GET
  @Path("/users")
  public Uni<Map<String, Object>> users() {
    return Panache.withSession(
            () ->
                Panache.getSession()
                    .chain(
                        s ->
                            s.createNativeQuery("SELECT count(*) FROM users", Long.class)
                                .getSingleResult()))
        .map(n -> Map.of("users", n));
  }
}
