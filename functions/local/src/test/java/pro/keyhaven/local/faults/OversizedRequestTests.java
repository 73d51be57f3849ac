package pro.keyhaven.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * Issue 23, hostile input: a request target or header block that is too long answers the APIError
 * body with the security headers, over real HTTP, not the HTTP server's bare 414/431.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OversizedRequestTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> get(String path, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
    if (header != null) {
      b.header(header, value);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertApiError(HttpResponse<String> r, int status, String code)
      throws Exception {
    assertApiError(r, status, code, "VALIDATION");
  }

  private static void assertApiError(HttpResponse<String> r, int status, String code, String type)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("code").asText()).isEqualTo(code);
    assertThat(body.path("type").asText()).isEqualTo(type);
    assertThat(body.hasNonNull("request_id")).isTrue();
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void aTooLongUriAnswers414InTheErrorShape() throws Exception {
    for (String path :
        new String[] {
          "/api/keys?q=" + "a".repeat(5_000), "/api/" + "x".repeat(20_000), "/" + "y".repeat(9_000)
        }) {
      assertApiError(get(path, null, null), 414, "URI_TOO_LONG");
    }
    // Just under the limit the request is read as usual.
    assertApiError(
        get("/api/keys?q=" + "a".repeat(3_000), null, null), 401, "UNAUTHORIZED", "AUTHENTICATION");
  }

  @Test
  void tooLargeHeadersAnswer431InTheErrorShape() throws Exception {
    assertApiError(get("/api/keys", "X-Filler", "b".repeat(20_000)), 431, "HEADERS_TOO_LARGE");
    assertApiError(get("/", "X-Filler", "b".repeat(40_000)), 431, "HEADERS_TOO_LARGE");
    assertApiError(
        get("/api/keys", "Authorization", "Bearer " + "c".repeat(30_000)),
        431,
        "HEADERS_TOO_LARGE");
  }
}
