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
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.security.CurrentUser;
import pro.keyhaven.vault.rest.KeyBodies.AuditLogEntry;
import pro.keyhaven.vault.rest.KeyBodies.VerifyResponse;
import pro.keyhaven.vault.service.AuditLogService;
import pro.keyhaven.vault.service.AuditLogService.AuditFilter;

/** The caller's audit trail and its chain verification. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AuditResource {

  private final AuditLogService auditLog;
  private final CurrentUser currentUser;

  public AuditResource(AuditLogService auditLog, CurrentUser currentUser) {
    this.auditLog = auditLog;
    this.currentUser = currentUser;
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
    return auditLog.list(currentUser.id(), filter, PageRequest.of(page, size));
  }

  /** Verifies the caller's chain, or with {@code team_id} a team chain the caller administers. */
  @GET
  @Path("/verify")
  public Uni<VerifyResponse> verify(@QueryParam("team_id") java.util.UUID teamId) {
    return auditLog.verify(currentUser.id(), teamId);
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
}
