package pro.keyhaven.insights;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A local stand-in for GitHub's dependency-graph SBOM endpoint (WireMock on a free port) with
 * real-shaped SPDX 2.3 answers, and the settings pointing KeyHaven at it: the API address and a
 * fresh envelope keyset file (the GitHub tokens of the tests are sealed with it). Unknown requests
 * answer 404.
 */
public class GitHubSbomStandIn implements QuarkusTestResourceLifecycleManager {

  static WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    Path keysetDir;
    try {
      keysetDir = Files.createTempDirectory("keyhaven-envelope");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "keyhaven.github.api-url",
        server.baseUrl(),
        "keyhaven.envelope.keyset-file",
        keysetDir.resolve("envelope-keyset.json").toString());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static String path(String owner, String repo) {
    return "/repos/" + owner + "/" + repo + "/dependency-graph/sbom";
  }

  /** {@code owner/repo} answers an SBOM naming {@code purls} (with its own repository package). */
  static void sbom(String owner, String repo, String token, String... purls) {
    StringBuilder packages = new StringBuilder();
    packages.append(
        """
        {"SPDXID":"SPDXRef-github-%s-%s","name":"com.github.%s/%s","versionInfo":"main",
         "downloadLocation":"git+https://github.com/%s/%s",
         "externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl",
           "referenceLocator":"pkg:github/%s/%s@main"}]}
        """
            .formatted(owner, repo, owner, repo, owner, repo, owner, repo));
    int i = 0;
    for (String purl : purls) {
      packages.append(
          """
          ,{"SPDXID":"SPDXRef-pkg-%d","name":"dep-%d","versionInfo":"%s",
            "downloadLocation":"NOASSERTION","filesAnalyzed":false,
            "licenseConcluded":"MIT","copyrightText":"NOASSERTION",
            "externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl",
              "referenceLocator":"%s"}]}
          """
              .formatted(i, i, purl.substring(purl.lastIndexOf('@') + 1), purl));
      i++;
    }
    String body =
        """
        {"sbom":{"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT",
          "name":"com.github.%s/%s","documentNamespace":"https://spdx.org/spdxdocs/protobom/x",
          "creationInfo":{"creators":["Tool: protobom-v0.0.13","Tool: GitHub.com-Dependency-Graph"],
            "created":"2026-11-30T10:00:00Z"},
          "packages":[%s],
          "relationships":[{"relationshipType":"DESCRIBES","spdxElementId":"SPDXRef-DOCUMENT",
            "relatedSpdxElement":"SPDXRef-github-%s-%s"}]}}
        """
            .formatted(owner, repo, packages, owner, repo);
    server.stubFor(
        get(urlEqualTo(path(owner, repo)))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(body)));
  }

  /** {@code owner/repo} answers as GitHub does when its dependency graph is disabled. */
  static void dependencyGraphDisabled(String owner, String repo) {
    server.stubFor(
        get(urlEqualTo(path(owner, repo)))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"message\":\"Dependency graph is disabled for this repository."
                            + " Please enable it before exporting an SBOM.\","
                            + "\"documentation_url\":\"https://docs.github.com/rest/dependency-graph"
                            + "/sboms#export-a-software-bill-of-materials-sbom-for-a-repository\","
                            + "\"status\":\"403\"}")));
  }

  /** {@code owner/repo} is gone (or the token cannot see it). */
  static void notFound(String owner, String repo) {
    server.stubFor(
        get(urlEqualTo(path(owner, repo)))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(
                        "{\"message\":\"Not Found\",\"documentation_url\":"
                            + "\"https://docs.github.com/rest\",\"status\":\"404\"}")));
  }
}
