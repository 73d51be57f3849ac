package pro.keyhaven.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;

/** Every failure answers the APIError body with the right status and no internals. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ErrorModelTests {

  private static ValidatableResponse assertApiError(
      ValidatableResponse response, int status, String type, String code) {
    return response
        .statusCode(status)
        .contentType(containsString("application/json"))
        .body("type", equalTo(type))
        .body("code", equalTo(code))
        .body("message", notNullValue())
        .body("$", hasKey("details"))
        .body("timestamp", notNullValue())
        .body("request_id", notNullValue());
  }

  @Test
  void malformedJsonIs400WithTheErrorBody() {
    var response =
        given()
            .contentType("application/json")
            .body("{\"email\": \"a@b.co\", ")
            .post("/api/test-probe/validated")
            .then();
    assertApiError(response, 400, "VALIDATION", "MALFORMED_JSON");
  }

  @Test
  void failedValidationNamesTheFields() {
    var response =
        given()
            .contentType("application/json")
            .body("{\"email\": \"not-an-email\", \"seats\": 99}")
            .post("/api/test-probe/validated")
            .then();
    assertApiError(response, 400, "VALIDATION", "VALIDATION_FAILED")
        .body("details.fields.field", org.hamcrest.Matchers.hasItems("email", "seats"));
  }

  @Test
  void unknownFieldsAreRefused() {
    var response =
        given()
            .contentType("application/json")
            .body("{\"email\": \"a@b.co\", \"seats\": 1, \"user_id\": \"x\"}")
            .post("/api/test-probe/validated")
            .then();
    assertApiError(response, 400, "VALIDATION", "UNKNOWN_FIELD")
        .body("details.field", equalTo("user_id"));
  }

  @Test
  void wrongTypeIs400() {
    var response =
        given()
            .contentType("application/json")
            .body("{\"email\": \"a@b.co\", \"seats\": \"many\"}")
            .post("/api/test-probe/validated")
            .then();
    assertApiError(response, 400, "VALIDATION", "INVALID_FIELD")
        .body("details.field", equalTo("seats"));
  }

  @Test
  void missingTokenIs401() {
    assertApiError(given().get("/api/me").then(), 401, "AUTHENTICATION", "UNAUTHORIZED");
  }

  @Test
  void garbageTokenIs401() {
    assertApiError(
        given().header("Authorization", "Bearer not.a.jwt").get("/api/me").then(),
        401,
        "AUTHENTICATION",
        "UNAUTHORIZED");
  }

  @Test
  void unknownRouteIs404() {
    assertApiError(given().get("/api/does-not-exist").then(), 404, "NOT_FOUND", "NOT_FOUND");
    assertApiError(given().post("/webhooks/nothing-here").then(), 404, "NOT_FOUND", "NOT_FOUND");
  }

  @Test
  void wrongMethodIs405() {
    assertApiError(given().delete("/api/me").then(), 405, "VALIDATION", "METHOD_NOT_ALLOWED");
  }

  @Test
  void oversizedBodyIs413() {
    String big = "{\"email\":\"" + "a".repeat(70_000) + "@b.co\",\"seats\":1}";
    assertApiError(
        given().contentType("application/json").body(big).post("/api/test-probe/validated").then(),
        413,
        "VALIDATION",
        "PAYLOAD_TOO_LARGE");
  }

  @Test
  void aTeamKeyRotationMayCarryMoreThanTheUsualLimit() {
    String path = "/api/teams/" + java.util.UUID.randomUUID() + "/rotate-key";
    String big = "{\"items\":\"" + "a".repeat(200_000) + "\"}";
    // Past the 64 KiB limit but under the rotation's: it reaches authentication (401), not 413.
    given().contentType("application/json").body(big).post(path).then().statusCode(401);
    String huge = "{\"items\":\"" + "a".repeat(4_300_000) + "\"}";
    assertApiError(
        given().contentType("application/json").body(huge).post(path).then(),
        413,
        "VALIDATION",
        "PAYLOAD_TOO_LARGE");
  }

  @Test
  void internalErrorIs500WithoutInternals() {
    assertApiError(
            given().get("/api/test-probe/boom").then(), 500, "INTERNAL_SERVER", "INTERNAL_ERROR")
        .body(
            allOf(
                not(containsString("hunter2")),
                not(containsString("IllegalStateException")),
                not(containsString("com.example")),
                not(containsString("at pro.keyhaven"))));
  }

  @Test
  void theBodyCarriesTheRequestIdOfTheResponse() {
    var response = given().get("/api/does-not-exist");
    String header = response.header("X-Request-Id");
    response.then().body("request_id", equalTo(header));
  }
}
