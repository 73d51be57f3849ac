package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;

/**
 * The served OpenAPI document against the repository: the published copy ({@code
 * docs/openapi.json}, which the dashboard bundle ships and its types are generated from), the
 * narrative contract ({@code docs/api.md}), and the rules that make it exact enough to generate a
 * client from.
 *
 * <p>After an intended API change, refresh the published copy with {@code
 * -Dtest=OpenApiDocumentTests -Dkeyhaven.openapi.update=true}, then {@code npm run openapi} in
 * {@code web/}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class OpenApiDocumentTests {

  private static final Path REPO = Path.of("..", "..");
  private static final Path PUBLISHED = REPO.resolve("docs/openapi.json");
  private static final Path API_MD = REPO.resolve("docs/api.md");
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** The public operations: no token, no security requirement. */
  private static final Set<String> PUBLIC =
      Set.of(
          "POST /api/auth/prelogin",
          "POST /api/auth/register",
          "POST /api/auth/login",
          "POST /api/auth/login/mfa",
          "POST /api/auth/login/mfa/webauthn/options",
          "POST /api/auth/refresh",
          "POST /api/auth/logout",
          "POST /api/auth/machine",
          "POST /api/auth/verify-email",
          "POST /webhooks/stripe",
          "POST /webhooks/github");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The served document without the test-only probe endpoints of this module. */
  static ObjectNode served() throws IOException {
    ObjectNode doc =
        (ObjectNode)
            JSON.readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    ObjectNode paths = (ObjectNode) doc.get("paths");
    paths.properties().removeIf(e -> e.getKey().startsWith("/api/test-probe"));
    ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
    schemas.remove("Signup");
    return doc;
  }

  @Test
  void theServedDocumentIsThePublishedOne() throws IOException {
    ObjectNode served = served();
    if (Boolean.getBoolean("keyhaven.openapi.update")) {
      Files.writeString(PUBLISHED, JSON.writeValueAsString(served) + "\n", StandardCharsets.UTF_8);
    }
    JsonNode published = JSON.readTree(Files.readString(PUBLISHED));
    assertThat(published)
        .as(
            "docs/openapi.json differs from the served document; refresh it with"
                + " -Dtest=OpenApiDocumentTests -Dkeyhaven.openapi.update=true and run"
                + " npm run openapi in web/")
        .isEqualTo(served);
  }

  @Test
  void theDashboardPublishesTheDocument() throws IOException {
    String body = given().get("/openapi.json").then().statusCode(200).extract().asString();
    assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(Files.readString(PUBLISHED)));
  }

  @Test
  void everyServedOperationIsInApiMdAndEveryListedOneIsServedOrMarkedNotYetImplemented()
      throws IOException {
    Set<String> served = operations(served());
    String md = Files.readString(API_MD);
    Set<String> listed = listedOperations(md);
    Set<String> notYet = notYetImplemented(md);

    assertThat(difference(served, listed))
        .as("operations served but missing from docs/api.md")
        .isEmpty();
    assertThat(difference(difference(listed, served), notYet))
        .as(
            "operations in docs/api.md that no module serves and are not marked not yet implemented")
        .isEmpty();
    Set<String> servedAndMarked = new TreeSet<>(served);
    servedAndMarked.retainAll(notYet);
    assertThat(servedAndMarked)
        .as("operations marked not yet implemented in docs/api.md that are served")
        .isEmpty();
  }

  @Test
  void theDocumentDescribesWhatTheServerDoes() throws IOException {
    ObjectNode doc = served();
    assertThat(doc.get("openapi").asText()).startsWith("3.0");
    // Property names as the API writes them.
    List<String> names = new ArrayList<>();
    doc.path("components").path("schemas").forEach(s -> collectPropertyNames(s, names));
    assertThat(names).isNotEmpty().allMatch(n -> n.matches("[a-z][a-z0-9_]*"), "snake_case");
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");

    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    int operations = 0;
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode o = op.getValue();
        boolean secured = o.has("security") && o.get("security").size() > 0;
        assertThat(secured).as(name + " is protected").isEqualTo(!PUBLIC.contains(name));
        assertThat(o.get("tags")).as(name + " has a tag").isNotNull();
        Iterator<Map.Entry<String, JsonNode>> responses = o.get("responses").fields();
        boolean success = false;
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> r = responses.next();
          if (r.getKey().startsWith("2")) {
            success = true;
          } else {
            assertThat(r.getValue().at("/content/application~1json/schema/$ref").asText())
                .as(name + " " + r.getKey() + " answers the error body")
                .isEqualTo("#/components/schemas/APIError");
          }
        }
        assertThat(success).as(name + " documents its success answer").isTrue();
        assertThat(o.get("responses").has("429")).as(name + " may answer 429").isTrue();
        for (JsonNode p : o.path("parameters")) {
          if (p.get("in").asText().equals("path") && p.get("name").asText().endsWith("id")) {
            assertThat(p.at("/schema/format").asText()).as(name + " path id").isEqualTo("uuid");
          }
        }
      }
    }
    assertThat(operations).isGreaterThan(20);
    // Fields that may come back null say so.
    assertThat(doc.at("/components/schemas/ApiKey/properties/team_id/nullable").asBoolean())
        .isTrue();
    assertThat(doc.at("/components/schemas/AuditLogEntry/properties/hash/nullable").asBoolean())
        .isTrue();
    assertThat(doc.at("/components/schemas/VerifyResponse/properties/problem/nullable").asBoolean())
        .isTrue();
    assertThat(doc.at("/components/schemas/KeyMetadata/properties/environment/enum").toString())
        .isEqualTo("[\"development\",\"staging\",\"production\"]");
  }

  private static void collectPropertyNames(JsonNode schema, List<String> into) {
    JsonNode props = schema.get("properties");
    if (props != null) {
      props.fieldNames().forEachRemaining(into::add);
      props.forEach(p -> collectPropertyNames(p, into));
    }
    if (schema.has("items")) {
      collectPropertyNames(schema.get("items"), into);
    }
  }

  /** "METHOD /path" with every path parameter written {} (names differ between sources). */
  static Set<String> operations(JsonNode doc) {
    Set<String> out = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> {
                          if (METHODS.contains(m)) {
                            out.add(m.toUpperCase() + " " + normalise(p.getKey()));
                          }
                        }));
    return out;
  }

  private static final Pattern ROW =
      Pattern.compile("^\\| ((?:(?:GET|POST|PUT|PATCH|DELETE)[ /]*)+)`([^`]+)`(.*)$");

  private static final Pattern MORE =
      Pattern.compile("/ ((?:(?:GET|POST|PUT|PATCH|DELETE)[ /]*)+)`([^`]+)`");

  /** Operations of the tables of api.md ("GET / PUT `/x`" and "GET `/x` / DELETE `/y`" too). */
  static Set<String> listedOperations(String md) {
    Set<String> out = new TreeSet<>();
    for (String line : md.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (!row.find()) {
        continue;
      }
      add(out, row.group(1), row.group(2));
      String cell = row.group(3).split("\\|", 2)[0];
      Matcher more = MORE.matcher(cell);
      while (more.find()) {
        add(out, more.group(1), more.group(2));
      }
    }
    return out;
  }

  private static final Pattern NOT_YET =
      Pattern.compile("^- (GET|POST|PUT|PATCH|DELETE) `([^`]+)`", Pattern.MULTILINE);

  /** The list under "## Not yet implemented". */
  static Set<String> notYetImplemented(String md) {
    int at = md.indexOf("## Not yet implemented");
    Set<String> out = new TreeSet<>();
    if (at < 0) {
      return out;
    }
    Matcher m = NOT_YET.matcher(md.substring(at));
    while (m.find()) {
      out.add(m.group(1) + " " + normalise(m.group(2)));
    }
    return out;
  }

  private static void add(Set<String> out, String methods, String path) {
    for (String m : methods.split("[ /]+")) {
      if (!m.isBlank()) {
        out.add(m.trim() + " " + normalise(path));
      }
    }
  }

  static String normalise(String path) {
    return path.replaceAll("\\?.*$", "").replaceAll("\\{[^}]+}", "{}");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}
