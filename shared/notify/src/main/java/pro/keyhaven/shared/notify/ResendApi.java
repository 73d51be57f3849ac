package pro.keyhaven.shared.notify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Resend's e-mail API ({@code POST /emails}); its address is {@code
 * quarkus.rest-client.resend.url}.
 */
@RegisterRestClient(configKey = "resend")
@Path("/emails")
public interface ResendApi {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  Uni<Sent> send(
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      Email email);

  /** The request body. */
  record Email(String from, List<String> to, String subject, String text, String html) {
    @Override
    public String toString() {
      return "Email[" + subject + "]";
    }
  }

  /** The answer: Resend's id of the mail. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Sent(String id) {}
}
