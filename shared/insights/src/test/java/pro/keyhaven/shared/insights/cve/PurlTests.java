package pro.keyhaven.shared.insights.cve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a repository's SBOM may send on to OSV: exact-version purls of known types, nothing else.
 */
class PurlTests {

  @Test
  void exactVersionsOfKnownTypesAreReadWithOsvsEcosystemAndName() {
    assertThat(Purl.parse("pkg:npm/lodash@4.17.20"))
        .contains(new Purl("pkg:npm/lodash@4.17.20", "npm", "lodash", "4.17.20"));
    assertThat(Purl.parse("pkg:npm/%40babel/traverse@7.22.5"))
        .contains(new Purl("pkg:npm/%40babel/traverse@7.22.5", "npm", "@babel/traverse", "7.22.5"));
    // A raw '@' of an npm scope is written encoded.
    assertThat(Purl.parse("pkg:npm/@babel/core@7.0.0").orElseThrow().value())
        .isEqualTo("pkg:npm/%40babel/core@7.0.0");
    assertThat(Purl.parse("pkg:maven/org.yaml/snakeyaml@2.2?type=jar#sub"))
        .contains(
            new Purl("pkg:maven/org.yaml/snakeyaml@2.2", "Maven", "org.yaml:snakeyaml", "2.2"));
    assertThat(Purl.parse("pkg:pypi/jinja2@2.11.2").orElseThrow().ecosystem()).isEqualTo("PyPI");
    assertThat(Purl.parse("pkg:golang/github.com/gin-gonic/gin@v1.9.0").orElseThrow().name())
        .isEqualTo("github.com/gin-gonic/gin");
    assertThat(Purl.parse("pkg:composer/guzzlehttp/guzzle@7.5.0").orElseThrow().name())
        .isEqualTo("guzzlehttp/guzzle");
    assertThat(Purl.parse("pkg:gem/rails@7.0.4").orElseThrow().ecosystem()).isEqualTo("RubyGems");
  }

  @Test
  void rangesUnknownTypesAndOddTextAreRefused() {
    for (String s :
        List.of(
            "pkg:npm/express@%5E4.18.0",
            "pkg:npm/express@^4.18.0",
            "pkg:npm/express@4.x || 5",
            "pkg:npm/express",
            "pkg:npm/express@",
            "pkg:github/acme/web@main",
            // Actions are pinned to tags or ranges (4.*.*), not versions OSV can match.
            "pkg:githubactions/actions/checkout@4.1.1",
            "pkg:composer/guzzle@7.5.0",
            "pkg:maven/snakeyaml@2.2",
            "pkg:npm/a/b/c@1.0.0",
            "pkg:npm/..@1.0.0",
            "pkg:npm/%2e%2e@1.0.0",
            "pkg:npm/a%2Fb@1.0.0",
            "pkg:npm/lo dash@1.0.0",
            "pkg:npm/lodash@1.0.0\n",
            "pkg:npm/lodash@1.0.0 ",
            "pkg:npm/lo%zzdash@1.0.0",
            "npm/lodash@4.17.20",
            "pkg:npm/" + "a".repeat(300) + "@1.0.0")) {
      assertThat(Purl.parse(s)).as(s).isEmpty();
    }
    assertThat(Purl.parse(null)).isEmpty();
  }

  @Test
  void anSbomYieldsItsValidPurlsOnceAndAtMostTheCap() throws Exception {
    String sbom =
        """
        {"sbom":{"spdxVersion":"SPDX-2.3","packages":[
          {"name":"com.github.acme/web","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",
            "referenceType":"purl","referenceLocator":"pkg:github/acme/web@main"}]},
          {"name":"npm:lodash","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",
            "referenceType":"purl","referenceLocator":"pkg:npm/lodash@4.17.20"}]},
          {"name":"npm:lodash","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",
            "referenceType":"purl","referenceLocator":"pkg:npm/lodash@4.17.20"}]},
          {"name":"npm:left-pad","externalRefs":[{"referenceCategory":"SECURITY",
            "referenceType":"cpe23Type","referenceLocator":"pkg:npm/left-pad@1.3.0"}]},
          {"name":"pip:jinja2","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",
            "referenceType":"purl","referenceLocator":"pkg:pypi/jinja2@2.11.2"}]},
          {"name":"pip:flask","externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",
            "referenceType":"purl","referenceLocator":"pkg:pypi/flask@2.0.0"}]}]}}
        """;
    var root = new ObjectMapper().readTree(sbom);
    assertThat(GitHubSbomClient.purls(root, 10).stream().map(Purl::value))
        .containsExactly(
            "pkg:npm/lodash@4.17.20", "pkg:pypi/jinja2@2.11.2", "pkg:pypi/flask@2.0.0");
    assertThat(GitHubSbomClient.purls(root, 2)).hasSize(2);
    assertThat(GitHubSbomClient.purls(new ObjectMapper().readTree("{\"message\":\"x\"}"), 10))
        .isEmpty();
  }

  @Test
  void repositoryNamesAreCheckedBeforeAnyCall() {
    assertThat(GitHubSbomClient.validRepo("acme", "web.site")).isTrue();
    assertThat(GitHubSbomClient.validRepo("acme", "..")).isFalse();
    assertThat(GitHubSbomClient.validRepo("acme", "a/b")).isFalse();
    assertThat(GitHubSbomClient.validRepo("-acme", "web")).isFalse();
    assertThat(GitHubSbomClient.validRepo("acme", "we b")).isFalse();
    assertThat(GitHubSbomClient.validRepo("acme", "web?x=1")).isFalse();
  }
}
