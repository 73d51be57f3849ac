package pro.keyhaven.cli.client;

import jakarta.ws.rs.core.Response;
import pro.keyhaven.cli.api.ErrorBody;

/** A refusal or failure answered by the server, with its APIError body and request id. */
public class ServerError extends RuntimeException {

  private final int status;
  private final String code;
  private final String requestId;

  public ServerError(int status, String code, String message, String requestId) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }

  static ServerError from(Response response) {
    String requestId = response.getHeaderString("X-Request-Id");
    String code = null;
    String message = null;
    try {
      if (response.hasEntity()) {
        ErrorBody body = response.readEntity(ErrorBody.class);
        if (body != null) {
          code = body.code();
          message = body.message();
          if (body.requestId() != null) {
            requestId = body.requestId();
          }
        }
      }
    } catch (RuntimeException notAnApiError) {
      // A proxy's HTML page or an empty body: the status says enough.
    }
    if (message == null || message.isBlank()) {
      message = "the server answered " + response.getStatus();
    }
    return new ServerError(response.getStatus(), code, message, requestId);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String requestId() {
    return requestId;
  }
}
