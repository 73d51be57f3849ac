package pro.keyhaven.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Raw API Gateway HTTP API (payload format 2.0) events, as Lambda hands them to a function, sent
 * through Quarkus's mock event server ({@code POST /_lambda_}) in a function module's tests.
 */
public final class LambdaEvents {

  private LambdaEvents() {}

  /** An event for {@code method path?query} with an optional bearer token and JSON body. */
  public static Map<String, Object> apiGatewayV2(
      String method, String path, String query, String token, String jsonBody) {
    Map<String, String> headers = new HashMap<>();
    if (token != null) {
      headers.put("authorization", "Bearer " + token);
    }
    if (jsonBody != null) {
      headers.put("content-type", "application/json");
    }
    return apiGatewayV2(method, path, query, headers, jsonBody, false);
  }

  /**
   * An event for {@code method path?query} with {@code extraHeaders} (lower-case names; they win
   * over the defaults, e.g. {@code x-request-id}) and an optional body, base64-encoded as API
   * Gateway hands over binary or non-text bodies when {@code base64}.
   */
  public static Map<String, Object> apiGatewayV2(
      String method,
      String path,
      String query,
      Map<String, String> extraHeaders,
      String body,
      boolean base64) {
    Map<String, String> headers = new HashMap<>();
    headers.put("accept", "application/json");
    headers.put("user-agent", "lambda-test");
    headers.put("x-request-id", "apigw-req-0000001");
    headers.putAll(extraHeaders);
    Map<String, Object> http =
        Map.of(
            "method",
            method,
            "path",
            path,
            "protocol",
            "HTTP/1.1",
            "sourceIp",
            "203.0.113.9",
            "userAgent",
            "lambda-test");
    Map<String, Object> context =
        Map.of(
            "accountId", "111111111111",
            "apiId", "api1",
            "domainName", "api.keyhaven.test",
            "http", http,
            "requestId", "gw-1",
            "routeKey", "$default",
            "stage", "$default",
            "time", "24/Nov/2026:19:00:00 +0000",
            "timeEpoch", 1795546800000L);
    Map<String, Object> event = new HashMap<>();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", path);
    event.put("rawQueryString", query == null ? "" : query);
    if (query != null && !query.isEmpty()) {
      Map<String, String> params = new HashMap<>();
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        params.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
      event.put("queryStringParameters", params);
    }
    event.put("headers", headers);
    event.put("requestContext", context);
    event.put("isBase64Encoded", base64);
    if (body != null) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      headers.put("content-length", String.valueOf(bytes.length));
      event.put("body", base64 ? Base64.getEncoder().encodeToString(bytes) : body);
    }
    return event;
  }

  /**
   * Invokes the function with {@code event}; answers the Lambda response (status, headers, body).
   */
  public static JsonPath invoke(Map<String, Object> event) {
    return given()
        .contentType("application/json")
        .accept("application/json")
        .body(event)
        .post("/_lambda_")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
