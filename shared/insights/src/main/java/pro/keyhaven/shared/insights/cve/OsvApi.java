package pro.keyhaven.shared.insights.cve;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The OSV API: a batch query by package, and one advisory by id. Its address is {@code
 * quarkus.rest-client.osv.url} ({@code keyhaven.insights.osv.url}).
 */
@RegisterRestClient(configKey = "osv")
@Path("/v1")
public interface OsvApi {

  /**
   * {@code {"queries":[{"package":{"ecosystem","name"}}]}} → {@code
   * {"results":[{"vulns":[{"id","modified"}]}]}}
   */
  @POST
  @Path("/querybatch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Uni<JsonNode> queryBatch(JsonNode body);

  /** One advisory in the OSV schema. */
  @GET
  @Path("/vulns/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  Uni<JsonNode> vuln(@PathParam("id") String id);
}
