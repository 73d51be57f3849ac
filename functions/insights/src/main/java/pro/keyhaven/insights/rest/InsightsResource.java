package pro.keyhaven.insights.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import pro.keyhaven.insights.api.InsightBody;
import pro.keyhaven.insights.api.QueryAnswer;
import pro.keyhaven.insights.api.QueryRequest;
import pro.keyhaven.insights.api.RefreshAccepted;
import pro.keyhaven.insights.api.RiskList;
import pro.keyhaven.insights.service.InsightService;
import pro.keyhaven.insights.service.QueryService;
import pro.keyhaven.shared.paging.Page;
import pro.keyhaven.shared.paging.PageRequest;
import pro.keyhaven.shared.ratelimit.ReadBudget;
import pro.keyhaven.shared.ratelimit.WriteBudget;
import pro.keyhaven.shared.security.Caller;

/** {@code /api/insights}: insights from rules and the CVE feed, questions, the risk ranking. */
@Cancellable(false)
@Path("/api/insights")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "insights", description = "Security insights, questions about keys, risk ranking")
@SecurityRequirement(name = "bearer")
public class InsightsResource {

  private final InsightService insights;
  private final QueryService queries;
  private final Caller caller;

  public InsightsResource(InsightService insights, QueryService queries, Caller caller) {
    this.insights = insights;
    this.queries = queries;
    this.caller = caller;
  }

  @GET
  @ReadBudget(value = "insights", perMinute = 600)
  public Uni<Page<InsightBody>> list(
      @QueryParam("type") String type,
      @QueryParam("severity") String severity,
      @QueryParam("resolved") String resolved,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return insights.list(
        caller.userId(), blank(type), blank(severity), blank(resolved), PageRequest.of(page, size));
  }

  @POST
  @Path("/refresh")
  @WriteBudget(value = "insights", perMinute = 30)
  @APIResponse(
      responseCode = "202",
      description = "Refreshed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = RefreshAccepted.class)))
  public Uni<RestResponse<RefreshAccepted>> refresh() {
    return insights
        .refresh(caller.userId())
        .map(r -> RestResponse.ResponseBuilder.accepted(r).build());
  }

  @POST
  @Path("/{id}/resolve")
  @WriteBudget(value = "insights", perMinute = 120)
  public Uni<InsightBody> resolve(@PathParam("id") UUID id) {
    return insights.resolve(caller.userId(), id);
  }

  @POST
  @Path("/query")
  @Consumes(MediaType.APPLICATION_JSON)
  @WriteBudget(value = "insights-query", perMinute = 60)
  public Uni<QueryAnswer> query(@Valid @NotNull QueryRequest body) {
    return queries.ask(caller.userId(), body.question());
  }

  @GET
  @Path("/risks")
  @ReadBudget(value = "insights", perMinute = 600)
  public Uni<RiskList> risks(@QueryParam("size") Integer size) {
    return insights.risks(caller.userId(), size);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
