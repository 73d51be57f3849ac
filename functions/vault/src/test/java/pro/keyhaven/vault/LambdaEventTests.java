package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.LambdaEvents;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * The vault function as Lambda drives it: raw API Gateway HTTP API (payload 2.0) events create a
 * key, read it back with its ETag and audit entry, and refuse a stranger with the same 404.
 *
 * <p>The events go to Quarkus's mock Lambda event server ({@code POST /_lambda_}) through {@code
 * LambdaEvents}.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LambdaEventTests {

  @Test
  void aKeyIsCreatedAndReadThroughRawApiGatewayEvents() throws Exception {
    Account owner = TestAccounts.create("lambda-vault");
    Map<String, Object> body = TestKeys.body(owner.id(), "Stripe", "lambda key", "sk_test_lambda");
    String json = new ObjectMapper().writeValueAsString(body);

    JsonPath created =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2("POST", "/api/keys", null, owner.accessToken(), json));
    assertThat(created.getInt("statusCode")).isEqualTo(201);
    Map<String, String> createdHeaders = created.getMap("headers");
    assertThat(createdHeaders).containsEntry("ETag", "\"1\"");
    assertThat(createdHeaders.get("Location")).endsWith("/api/keys/" + body.get("id"));

    JsonPath read =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2(
                "GET", "/api/keys/" + body.get("id"), null, owner.accessToken(), null));
    assertThat(read.getInt("statusCode")).isEqualTo(200);
    JsonPath key = new JsonPath(read.getString("body"));
    assertThat(key.getString("id")).isEqualTo(body.get("id"));
    assertThat(key.getString("encrypted_value")).isEqualTo(body.get("encrypted_value"));
    assertThat(
            TestKeys.decrypt(
                key.getString("encrypted_value"),
                key.getString("iv"),
                owner.id(),
                java.util.UUID.fromString(key.getString("id"))))
        .isEqualTo("sk_test_lambda");

    JsonPath audit =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2(
                "GET",
                "/api/audit",
                "action=key.read&resource_id=" + body.get("id"),
                owner.accessToken(),
                null));
    assertThat(new JsonPath(audit.getString("body")).getList("items")).hasSize(1);
  }

  @Test
  void aStrangerGetsTheSame404ThroughTheEvent() {
    Account owner = TestAccounts.create("lambda-owner");
    Account stranger = TestAccounts.create("lambda-stranger");
    String id =
        KeysTests.create(owner, TestKeys.body(owner.id(), "OpenAI", "k", "sk-x")).getString("id");
    JsonPath out =
        LambdaEvents.invoke(
            LambdaEvents.apiGatewayV2(
                "GET", "/api/keys/" + id, null, stranger.accessToken(), null));
    assertThat(out.getInt("statusCode")).isEqualTo(404);
    JsonPath error = new JsonPath(out.getString("body"));
    assertThat(error.getString("type")).isEqualTo("NOT_FOUND");
    assertThat(error.getString("request_id")).isEqualTo("apigw-req-0000001");
  }
}
