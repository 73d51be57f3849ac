package pro.keyhaven.shared.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpHeaders;

/** One answer of GitHub's REST API: the status, the headers that matter, the JSON body. */
public record GitHubResponse(int status, HttpHeaders headers, JsonNode body) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public JsonNode json() {
    return body == null ? MissingNode.getInstance() : body;
  }

  /** GitHub's own message of an error answer (never a secret: we send none it could echo). */
  public String message() {
    return json().path("message").asText("");
  }
}
