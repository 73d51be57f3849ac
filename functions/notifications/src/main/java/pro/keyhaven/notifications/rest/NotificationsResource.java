package pro.keyhaven.notifications.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.notifications.api.NotificationView;
import pro.keyhaven.notifications.api.PreferencesBody;
import pro.keyhaven.notifications.service.NotificationService;
import pro.keyhaven.shared.error.ApiException;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** The notifications API: the caller's in-app notifications and e-mail preferences. */
@Cancellable(false)
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "notifications", description = "In-app notifications and e-mail preferences")
@SecurityRequirement(name = "bearer")
public class NotificationsResource {

  private final NotificationService notifications;
  private final Caller caller;

  public NotificationsResource(NotificationService notifications, Caller caller) {
    this.notifications = notifications;
    this.caller = caller;
  }

  @GET
  public Uni<Page<NotificationView>> list(
      @QueryParam("unread") String unread,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = PageRequest.of(page, size);
    boolean unreadOnly;
    if (unread == null || unread.isEmpty() || "false".equals(unread)) {
      unreadOnly = false;
    } else if ("true".equals(unread)) {
      unreadOnly = true;
    } else {
      throw ApiException.validation("INVALID_UNREAD", "unread must be true or false");
    }
    return notifications.list(caller.userId(), unreadOnly, paging);
  }

  @POST
  @Path("/{id}/read")
  @APIResponse(responseCode = "204", description = "Marked read")
  @WriteBudget(value = "notifications", perMinute = 300)
  @ResponseStatus(204)
  public Uni<Void> markRead(@PathParam("id") UUID id) {
    return notifications.markRead(caller.userId(), id);
  }

  @GET
  @Path("/preferences")
  public Uni<PreferencesBody> preferences() {
    return notifications.preferences(caller.userId());
  }

  @PUT
  @Path("/preferences")
  @WriteBudget(value = "notifications", perMinute = 300)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<PreferencesBody> updatePreferences(@Valid @NotNull PreferencesBody body) {
    return notifications.updatePreferences(caller.userId(), body);
  }
}
