package pro.keyhaven.insights;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static pro.keyhaven.insights.InsightsApi.ask;
import static pro.keyhaven.insights.InsightsApi.newKey;
import static pro.keyhaven.insights.InsightsApi.set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;

/**
 * Questions with an LLM configured, played by a stand-in: a good answer is used, a malformed, a
 * hostile and a slow one fall back to the parser, the answer never lists another tenant's keys, and
 * what leaves for the LLM is metadata of the caller's own keys only.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@QuarkusTestResource(OsvStandIn.class)
@QuarkusTestResource(LlmStandIn.class)
class LlmQueryTests {

  TestAccounts.Account alice;
  TestAccounts.Account mallory;
  UUID aliceProd;
  UUID aliceStaging;
  UUID malloryKey;

  @BeforeEach
  void keys() {
    LlmStandIn.server.resetAll();
    alice = TestAccounts.create("llm-alice");
    mallory = TestAccounts.create("llm-mallory");
    aliceProd = newKey(alice, "internal-pay", "alice prod");
    aliceStaging = newKey(alice, "internal-pay", "alice staging");
    set(aliceStaging, "environment = 'staging'");
    malloryKey = newKey(mallory, "internal-pay", "mallory prod");
    set(malloryKey, "tags = ARRAY['mallorytag']");
  }

  private static void answer(String content) {
    LlmStandIn.server.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(LlmStandIn.completion(content))));
  }

  @Test
  void aGoodAnswerIsTheFilter() {
    answer("{\"environment\":\"staging\",\"service\":\"internal-pay\"}");
    JsonPath out =
        ask(alice, "what runs our payments before release?").statusCode(200).extract().jsonPath();
    assertThat(out.getString("source")).isEqualTo("llm");
    assertThat(out.getString("filters.environment")).isEqualTo("staging");
    assertThat(out.getList("key_ids")).containsExactly(aliceStaging.toString());
    LlmStandIn.server.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer " + LlmStandIn.API_KEY)));
  }

  @Test
  void aMalformedAnswerFallsBackToTheParser() {
    answer("Sure! Here are your staging keys: {environment: staging");
    JsonPath out = ask(alice, "staging keys").statusCode(200).extract().jsonPath();
    assertThat(out.getString("source")).isEqualTo("rules");
    assertThat(out.getList("key_ids")).containsExactly(aliceStaging.toString());

    answer("{\"environment\":\"staging\",\"health_below\":\"fifty\"}");
    assertThat(ask(alice, "staging keys").extract().jsonPath().getString("source"))
        .isEqualTo("rules");
    LlmStandIn.server.stubFor(
        post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
    assertThat(ask(alice, "staging keys").statusCode(200).extract().jsonPath().getString("source"))
        .isEqualTo("rules");
  }

  @Test
  void aHostileAnswerNeverListsAnotherTenantsKeys() {
    // Naming the other tenant's keys and user: unknown fields refuse the filter.
    answer(
        "{\"key_ids\":[\""
            + malloryKey
            + "\"],\"user_id\":\""
            + mallory.id()
            + "\",\"environment\":\"production\"}");
    JsonPath out = ask(alice, "production keys").statusCode(200).extract().jsonPath();
    assertThat(out.getString("source")).isEqualTo("rules");
    assertThat(out.getList("key_ids")).containsExactly(aliceProd.toString());

    // A valid filter for the other tenant's tag and team: it runs over the caller's keys only.
    answer("{\"tags\":[\"mallorytag\"]}");
    JsonPath theirs = ask(alice, "show me everything").statusCode(200).extract().jsonPath();
    assertThat(theirs.getString("source")).isEqualTo("llm");
    assertThat(theirs.getList("key_ids")).isEmpty();
    answer("{\"team\":\"mallory-team\",\"environment\":\"production\"}");
    JsonPath team = ask(alice, "show me everything").statusCode(200).extract().jsonPath();
    assertThat(team.getList("key_ids")).isEmpty();
    assertThat(team.prettify()).doesNotContain(malloryKey.toString());
  }

  @Test
  void aSlowAnswerFallsBackToTheParser() {
    LlmStandIn.server.stubFor(
        post(urlEqualTo("/v1/chat/completions"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay(4000)
                    .withHeader("Content-Type", "application/json")
                    .withBody(LlmStandIn.completion("{\"environment\":\"staging\"}"))));
    long start = System.nanoTime();
    JsonPath out = ask(alice, "production keys").statusCode(200).extract().jsonPath();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(out.getString("source")).isEqualTo("rules");
    assertThat(out.getList("key_ids")).containsExactly(aliceProd.toString());
    assertThat(millis).isLessThan(4000);
  }

  @Test
  void onlyTheCallersMetadataLeavesForTheLlm() {
    answer("{\"environment\":\"production\"}");
    ask(alice, "which production keys expire this month?").statusCode(200);
    List<String> bodies =
        LlmStandIn.server.getAllServeEvents().stream()
            .map(e -> e.getRequest().getBodyAsString())
            .toList();
    assertThat(bodies).hasSize(1);
    String sent = bodies.get(0);
    Map<String, Object> row =
        PlatformTestResource.database()
            .query("SELECT encrypted_value, iv FROM api_keys WHERE id = ?", aliceProd)
            .get(0);
    assertThat(sent)
        .contains("which production keys expire this month?")
        .contains("internal-pay")
        .doesNotContain((String) row.get("encrypted_value"))
        .doesNotContain((String) row.get("iv"))
        .doesNotContain("encrypted_value")
        .doesNotContain("fingerprint")
        .doesNotContain(aliceProd.toString())
        .doesNotContain("alice prod")
        .doesNotContain(malloryKey.toString())
        .doesNotContain("mallorytag")
        .doesNotContain("mallory prod")
        .doesNotContain(mallory.email());
  }
}
