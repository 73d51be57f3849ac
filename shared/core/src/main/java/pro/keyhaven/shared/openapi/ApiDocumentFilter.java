package pro.keyhaven.shared.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import pro.keyhaven.shared.error.ErrorType;

/**
 * Completes the generated document so that it says what every area's server does: the {@code
 * APIError} body on every error answer, the answers every operation can give (400 on a malformed
 * request, 401/403 when protected, 413/415 with a body, 429, 500, 503), the bearer scheme, path ids
 * as UUIDs, and which fields are always present or may be null.
 *
 * <p>Schemas that only ever come back in answers list every property as required (the API writes
 * every field, null or not); schemas of request bodies accept an explicit null for any optional
 * field, as the server does.
 */
public class ApiDocumentFilter implements OASFilter {

  public static final String ERROR_SCHEMA = "APIError";
  public static final String BEARER = "bearer";
  private static final String JSON = "application/json";
  private static final String REF_PREFIX = "#/components/schemas/";

  /**
   * Bean Validation patterns match the whole value with Java's regex dialect; the document's are
   * ECMA-262 and match anywhere. Anchors the pattern and spells Java-only classes portably.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getPattern() != null) {
      schema.setPattern(portablePattern(schema.getPattern()));
    }
    return schema;
  }

  static String portablePattern(String p) {
    String out =
        p.replace("[^\\p{Cntrl}&&[^\\n\\t]]", "[^\\x00-\\x08\\x0B-\\x1F\\x7F]")
            .replace("\\p{Cntrl}", "\\x00-\\x1F\\x7F")
            // Without Unicode property classes: every letter or digit beyond ASCII is allowed.
            .replace("\\p{L}", "A-Za-z\\u00AA-\\uFFFF")
            .replace("\\p{N}", "0-9");
    // "\\S" is how a @NotBlank reads (some non-space character anywhere): already right.
    if (!out.startsWith("^") && !out.equals("\\S")) {
      out = "^(?:" + out + ")$";
    }
    return out;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema(ERROR_SCHEMA, errorSchema());
    components.addSecurityScheme(
        BEARER,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .bearerFormat("JWT")
            .description("The access token of POST /api/auth/login or /api/auth/refresh"));

    inlineScalarSchemas(openAPI, components);

    Set<String> requestSchemas = new LinkedHashSet<>();
    Set<String> responseSchemas = new LinkedHashSet<>();
    Map<String, Schema> all = components.getSchemas() == null ? Map.of() : components.getSchemas();
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
        for (Operation op : path.getValue().getOperations().values()) {
          completeOperation(op);
          if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            for (MediaType mt : op.getRequestBody().getContent().getMediaTypes().values()) {
              collect(mt.getSchema(), all, requestSchemas);
            }
          }
          for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
            if (r.getValue().getContent() != null
                && !r.getKey().startsWith("4")
                && !r.getKey().startsWith("5")) {
              for (MediaType mt : r.getValue().getContent().getMediaTypes().values()) {
                collect(mt.getSchema(), all, responseSchemas);
              }
            }
          }
        }
      }
    }
    for (Map.Entry<String, Schema> e : all.entrySet()) {
      if (e.getKey().equals(ERROR_SCHEMA)) {
        continue;
      }
      if (requestSchemas.contains(e.getKey())) {
        optionalMeansNullable(e.getValue());
        // Unknown fields in a request body are refused (400).
        if (e.getValue().getProperties() != null) {
          e.getValue().setAdditionalPropertiesBoolean(Boolean.FALSE);
        }
      } else if (responseSchemas.contains(e.getKey())) {
        everyPropertyPresent(e.getValue());
      }
    }
  }

  private void completeOperation(Operation op) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    boolean hasBody = op.getRequestBody() != null;
    boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
    boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
    if (hasBody || hasParams) {
      error(responses, "400", "The request is malformed or a field is invalid (VALIDATION)");
    }
    if (secured) {
      error(responses, "401", "No valid access token (AUTHENTICATION)");
      error(responses, "403", "The caller may not do this (AUTHORIZATION)");
    }
    boolean hasPathId =
        op.getParameters() != null
            && op.getParameters().stream()
                .anyMatch(
                    p ->
                        p.getIn() == Parameter.In.PATH
                            || (p.getIn() == Parameter.In.QUERY && "team_id".equals(p.getName())));
    if (hasPathId) {
      error(
          responses,
          "404",
          "No such resource or team, or the caller may not see it: both answer alike (NOT_FOUND)");
    }
    if (hasBody) {
      error(responses, "413", "The body is larger than the API accepts (VALIDATION)");
      error(responses, "415", "The body is not application/json (VALIDATION)");
    }
    APIResponse tooMany =
        error(responses, "429", "Too many requests; retry after Retry-After seconds (RATE_LIMIT)");
    if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
      tooMany.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before retrying")
              .schema(OASFactory.createSchema().addType(SchemaType.INTEGER))
              .style(Header.Style.SIMPLE));
    }
    error(responses, "500", "An unexpected error (INTERNAL_SERVER)");
    APIResponse unavailable =
        error(
            responses,
            "503",
            "The database or Redis is briefly unreachable (SERVICE_UNAVAILABLE), or the"
                + " database's disk is full (STORAGE_FULL); retry after Retry-After seconds"
                + " (INTERNAL_SERVER)");
    if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
      unavailable.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before retrying")
              .schema(OASFactory.createSchema().addType(SchemaType.INTEGER))
              .style(Header.Style.SIMPLE));
    }
    // Every error answer carries the one error body, whoever declared it.
    for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
      if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
        withErrorBody(r.getValue());
      }
    }
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.getIn() == Parameter.In.PATH
            && p.getSchema() != null
            && "uuid".equals(p.getSchema().getFormat())
            && p.getDescription() == null) {
          p.setDescription("A UUID, e.g. 3f2b8c1e-5d6a-4c7b-9e8f-0a1b2c3d4e5f");
        }
      }
    }
  }

  /**
   * UUID, Instant and the like become component schemas of their own, referenced through {@code
   * allOf}; a reference cannot say "or null" in OpenAPI 3.0. They are written in place instead.
   */
  private static void inlineScalarSchemas(OpenAPI openAPI, Components components) {
    Map<String, Schema> all = components.getSchemas();
    if (all == null) {
      return;
    }
    Map<String, Schema> scalars = new LinkedHashMap<>();
    all.forEach(
        (name, schema) -> {
          if (schema.getRef() == null
              && schema.getProperties() == null
              && schema.getType() != null
              && !schema.getType().contains(SchemaType.OBJECT)
              && !schema.getType().contains(SchemaType.ARRAY)) {
            scalars.put(REF_PREFIX + name, schema);
          }
        });
    if (scalars.isEmpty()) {
      return;
    }
    for (Schema s : all.values()) {
      inline(s, scalars);
    }
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (PathItem item : openAPI.getPaths().getPathItems().values()) {
        for (Operation op : item.getOperations().values()) {
          if (op.getParameters() != null) {
            op.getParameters().forEach(p -> inline(p.getSchema(), scalars));
          }
          if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody()
                .getContent()
                .getMediaTypes()
                .values()
                .forEach(m -> inline(m.getSchema(), scalars));
          }
          if (op.getResponses() != null) {
            for (APIResponse r : op.getResponses().getAPIResponses().values()) {
              if (r.getContent() != null) {
                r.getContent()
                    .getMediaTypes()
                    .values()
                    .forEach(m -> inline(m.getSchema(), scalars));
              }
              if (r.getHeaders() != null) {
                r.getHeaders().values().forEach(h -> inline(h.getSchema(), scalars));
              }
            }
          }
        }
      }
    }
    scalars.keySet().forEach(ref -> components.removeSchema(ref.substring(REF_PREFIX.length())));
  }

  private static void inline(Schema s, Map<String, Schema> scalars) {
    if (s == null) {
      return;
    }
    Schema target = null;
    if (s.getRef() != null && scalars.containsKey(s.getRef())) {
      target = scalars.get(s.getRef());
      s.setRef(null);
    } else if (s.getAllOf() != null
        && s.getAllOf().size() == 1
        && s.getAllOf().get(0).getRef() != null
        && scalars.containsKey(s.getAllOf().get(0).getRef())) {
      target = scalars.get(s.getAllOf().get(0).getRef());
      s.setAllOf(null);
    } else if (s.getAnyOf() != null && s.getAnyOf().size() == 2) {
      // {anyOf: [{$ref: UUID}, {type: null}]}
      Schema ref = s.getAnyOf().stream().filter(x -> x.getRef() != null).findFirst().orElse(null);
      Schema none =
          s.getAnyOf().stream()
              .filter(x -> x.getType() != null && x.getType().equals(List.of(SchemaType.NULL)))
              .findFirst()
              .orElse(null);
      if (ref != null && none != null && scalars.containsKey(ref.getRef())) {
        target = scalars.get(ref.getRef());
        s.setAnyOf(null);
        s.setType(new ArrayList<>(List.of(SchemaType.NULL)));
      }
    }
    if (target != null) {
      boolean nullable = s.getType() != null && s.getType().contains(SchemaType.NULL);
      s.setType(new ArrayList<>(target.getType()));
      if (nullable) {
        nullable(s);
      }
      if (s.getFormat() == null) {
        s.setFormat(target.getFormat());
      }
      if (s.getPattern() == null) {
        s.setPattern(target.getPattern());
      }
      if (s.getDescription() == null) {
        s.setDescription(target.getDescription());
      }
      if (s.getExamples() == null && s.getExample() == null) {
        s.setExample(target.getExample());
      }
    }
    inline(s.getItems(), scalars);
    inline(s.getAdditionalPropertiesSchema(), scalars);
    if (s.getProperties() != null) {
      s.getProperties().values().forEach(p -> inline(p, scalars));
    }
    for (List<Schema> list :
        List.of(listOf(s.getAllOf()), listOf(s.getAnyOf()), listOf(s.getOneOf()))) {
      list.forEach(x -> inline(x, scalars));
    }
  }

  private static List<Schema> listOf(List<Schema> l) {
    return l == null ? List.of() : l;
  }

  private static APIResponse error(APIResponses responses, String code, String description) {
    APIResponse r = responses.getAPIResponse(code);
    if (r == null) {
      r = OASFactory.createAPIResponse().description(description);
      responses.addAPIResponse(code, r);
    } else if (r.getDescription() == null || r.getDescription().isBlank()) {
      r.setDescription(description);
    }
    return r;
  }

  private static void withErrorBody(APIResponse r) {
    Content content = r.getContent();
    if (content == null
        || content.getMediaTypes() == null
        || content.getMediaTypes().isEmpty()
        || content.getMediaTypes().values().stream().allMatch(m -> m.getSchema() == null)) {
      r.setContent(
          OASFactory.createContent()
              .addMediaType(
                  JSON,
                  OASFactory.createMediaType()
                      .schema(OASFactory.createSchema().ref(REF_PREFIX + ERROR_SCHEMA))));
    }
  }

  static Schema errorSchema() {
    List<Object> types = new ArrayList<>();
    for (ErrorType t : ErrorType.values()) {
      types.add(t.name());
    }
    Map<String, Schema> props = new LinkedHashMap<>();
    props.put(
        "type",
        OASFactory.createSchema()
            .addType(SchemaType.STRING)
            .enumeration(types)
            .description("The broad class of what went wrong"));
    props.put(
        "code",
        nullable(OASFactory.createSchema().addType(SchemaType.STRING))
            .description("A stable machine-readable code, e.g. PLAN_LIMIT, INVALID_IF_MATCH"));
    props.put(
        "message",
        OASFactory.createSchema()
            .addType(SchemaType.STRING)
            .description("A clear message for a person"));
    props.put(
        "details",
        nullable(OASFactory.createSchema().addType(SchemaType.OBJECT))
            .additionalPropertiesBoolean(Boolean.TRUE)
            .description("Field errors and other specifics"));
    props.put(
        "timestamp", OASFactory.createSchema().addType(SchemaType.STRING).format("date-time"));
    props.put(
        "request_id",
        nullable(OASFactory.createSchema().addType(SchemaType.STRING))
            .description("The X-Request-Id of the request, to quote to support"));
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description("The one error body every endpoint answers with")
        .properties(props)
        .required(List.copyOf(props.keySet()))
        .example(
            Map.of(
                "type",
                "VALIDATION",
                "code",
                "VALIDATION_FAILED",
                "message",
                "name: must not be blank",
                "details",
                Map.of("fields", Map.of("name", "must not be blank")),
                "timestamp",
                "2026-01-31T12:00:00.000Z",
                "request_id",
                "8c1d0e2f-4b5a-4c3d-9e8f-7a6b5c4d3e2f"));
  }

  private static Schema nullable(Schema s) {
    if (s.getRef() != null) {
      return s;
    }
    if (s.getType() != null && !s.getType().contains(SchemaType.NULL)) {
      s.addType(SchemaType.NULL);
    }
    return s;
  }

  /** Names of the component schemas {@code s} refers to, transitively. */
  private static void collect(Schema s, Map<String, Schema> all, Set<String> into) {
    if (s == null) {
      return;
    }
    if (s.getRef() != null) {
      String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
      if (into.add(name)) {
        collect(all.get(name), all, into);
      }
      return;
    }
    collect(s.getItems(), all, into);
    collect(s.getAdditionalPropertiesSchema(), all, into);
    if (s.getProperties() != null) {
      for (Schema p : s.getProperties().values()) {
        collect(p, all, into);
      }
    }
    for (List<Schema> list : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf()}) {
      if (list != null) {
        for (Schema x : list) {
          collect(x, all, into);
        }
      }
    }
  }

  private static void optionalMeansNullable(Schema s) {
    if (s.getProperties() == null) {
      return;
    }
    List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
    for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
      if (!required.contains(p.getKey())) {
        makeNullable(p.getValue());
      }
    }
  }

  private static void everyPropertyPresent(Schema s) {
    if (s.getProperties() != null && !s.getProperties().isEmpty()) {
      s.setRequired(new ArrayList<>(s.getProperties().keySet()));
    }
  }

  private static void makeNullable(Schema p) {
    // An object reference stays as it is: an explicit null there is refused by its own schema.
    if (p.getRef() == null && p.getType() != null && !p.getType().isEmpty()) {
      nullable(p);
    }
  }
}
