package pro.keyhaven.vault.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.security.Caller;
import pro.keyhaven.vault.api.KeyBodies.AuditLogEntry;
import pro.keyhaven.vault.api.KeyBodies.VerifyResponse;
import pro.keyhaven.vault.service.AuditLogService;
import pro.keyhaven.vault.service.AuditLogService.AuditFilter;

/** The caller's audit trail and its chain verification. */
@Cancellable(false)
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "audit", description = "The audit trail and its hash-chain verification")
@SecurityRequirement(name = "bearer")
@ReadBudget(value = "audit", perMinute = 120)
public class AuditResource {

  private final AuditLogService auditLog;
  private final Caller caller;

  public AuditResource(AuditLogService auditLog, Caller caller) {
    this.auditLog = auditLog;
    this.caller = caller;
  }

  @GET
  public Uni<Page<AuditLogEntry>> list(
      @QueryParam("resource_id") @Size(max = 255) String resourceId,
      @QueryParam("action")
          @Size(max = 100)
          @Pattern(regexp = "^[a-z_.]*$", message = "lowercase action name")
          String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    AuditFilter filter =
        new AuditFilter(
            blankToNull(resourceId), blankToNull(action), instant("from", from), instant("to", to));
    return auditLog.list(caller.userId(), filter, PageRequest.of(page, size));
  }

  /** Verifies the caller's chain, or with {@code team_id} a team chain the caller administers. */
  @GET
  @Path("/verify")
  public Uni<VerifyResponse> verify(
      @QueryParam("team_id") java.util.UUID teamId, @QueryParam("full") Boolean full) {
    return auditLog.verify(caller.userId(), teamId, Boolean.TRUE.equals(full));
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.validation(
          "INVALID_" + name.toUpperCase(),
          name + " must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The caller's audit chain (or with {@code team_id} that of a team the caller administers) as
   * JSON Lines, in chain order, at most 10,000 entries after {@code after} (a chain index); {@code
   * X-Next-After} names where the next download starts when more follow (an addition to
   * docs/api.md).
   */
  @GET
  @Path("/export")
  @Produces("application/x-ndjson")
  @APIResponse(
      responseCode = "200",
      description = "One sealed entry per line, with its chain index and hashes",
      content =
          @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)))
  public Uni<RestResponse<byte[]>> export(
      @QueryParam("team_id") java.util.UUID teamId,
      @QueryParam("after") @jakarta.validation.constraints.Min(0) Long after) {
    return auditLog
        .download(caller.userId(), teamId, after == null ? 0 : after, caller.client())
        .map(
            d -> {
              var response =
                  RestResponse.ResponseBuilder.ok(d.lines(), "application/x-ndjson")
                      .header(
                          "Content-Disposition",
                          "attachment; filename=\"keyhaven-audit"
                              + (teamId == null ? "" : "-" + teamId)
                              + ".jsonl\"")
                      .header("X-Entries", d.entries());
              if (d.more()) {
                response.header("X-Next-After", d.lastIndex());
              }
              return response.build();
            });
  }
}
