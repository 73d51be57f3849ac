package pro.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pro.keyhaven.shared.access.KeyVisibility;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestKeys;

/**
 * The visibility rule exists once: with it replaced by one that shows a caller nothing, the read,
 * the list and every write check follow at once. Were any path to carry its own copy of the rule,
 * the owner would still reach the key there and this test would fail.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
@TestProfile(VisibilityRuleTests.NothingVisible.class)
class VisibilityRuleTests {

  /** A rule under which no key is visible to anyone. */
  @Alternative
  @ApplicationScoped
  public static class HideEverything extends KeyVisibility {
    // The rule's two halves: visible() is their disjunction, and the tag-filtered list reads
    // each half on its own.
    @Override
    public String personal(String alias, String caller) {
      return "(CAST(" + caller + " AS uuid) IS NULL AND " + super.personal(alias, caller) + ")";
    }

    @Override
    public String throughTeam(String alias, String caller) {
      return "(CAST(" + caller + " AS uuid) IS NULL AND " + super.throughTeam(alias, caller) + ")";
    }

    @Override
    public String role(String alias, String caller) {
      return "(CASE WHEN CAST("
          + caller
          + " AS uuid) IS NULL THEN "
          + super.role(alias, caller)
          + " END)";
    }
  }

  /** Turns the replacement rule on for this class only. */
  public static class NothingVisible implements QuarkusTestProfile {
    @Override
    public Set<Class<?>> getEnabledAlternatives() {
      return Set.of(HideEverything.class);
    }
  }

  @Test
  void readListAndWritesAllFollowTheOneRule() {
    Account owner = TestAccounts.create("rule");
    Map<String, Object> body = TestKeys.body(owner.id(), "Stripe", "hidden", "sk_test_rule");
    // Creating asks no visibility question (the id is new); the key is stored.
    String id = KeysTests.create(owner, body).getString("id");
    assertThat(
            PlatformTestResource.database()
                .query("SELECT id FROM api_keys WHERE id = ?", java.util.UUID.fromString(id)))
        .hasSize(1);

    // The single-statement read.
    KeysTests.as(owner).get("/api/keys/" + id).then().statusCode(404);
    // The list, and the list filtered by tag (read through the tag index, api_key_tags).
    for (Map<String, String> filter : List.of(Map.<String, String>of(), Map.of("tag", "billing"))) {
      assertThat(
              KeysTests.as(owner)
                  .queryParams(filter)
                  .get("/api/keys")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getList("items"))
          .as("list " + filter)
          .isEmpty();
    }
    // The write checks.
    KeysTests.as(owner)
        .body(Map.of("name", "renamed"))
        .put("/api/keys/" + id)
        .then()
        .statusCode(404);
    KeysTests.as(owner).get("/api/keys/" + id + "/versions").then().statusCode(404);
    KeysTests.as(owner).delete("/api/keys/" + id).then().statusCode(404);
  }
}
