package pro.keyhaven.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * What a person does in the dashboard, for the tests: sign up and make teams and keys with the
 * web's own crypto, against the running local server.
 */
final class Accounts {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Accounts() {}

  /** A signed-up person: credentials, ids, wrapped keys and an access token. */
  record Person(String email, String password, UUID id, JsonNode login) {
    String token() {
      return login.get("access_token").asText();
    }

    ObjectNode unlockRequest(String op) {
      ObjectNode r = WebCrypto.request(op).put("password", password);
      r.putObject("kdf")
          .put("kdf", login.get("kdf").asText())
          .put("kdf_iterations", login.get("kdf_iterations").asInt())
          .put("kdf_salt", login.get("kdf_salt").asText());
      r.putObject("account")
          .put("protected_user_key", login.get("protected_user_key").asText())
          .put("protected_private_key", login.get("protected_private_key").asText())
          .put("public_key", login.get("public_key").asText());
      return r;
    }

    String publicKey() {
      return login.get("public_key").asText();
    }
  }

  static Person signUp(String password) {
    String email = "cli-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    JsonNode body =
        WebCrypto.call(WebCrypto.request("register").put("email", email).put("password", password));
    expect(201, post("/api/auth/register", null, body));
    JsonNode pre = expect(200, post("/api/auth/prelogin", null, obj().put("email", email)));
    if (!pre.get("kdf_salt").asText().equals(body.get("kdf_salt").asText())) {
      throw new IllegalStateException("prelogin answered other parameters");
    }
    JsonNode login =
        expect(
            200,
            post(
                "/api/auth/login",
                null,
                obj().put("email", email).put("auth_hash", body.get("auth_hash").asText())));
    return new Person(
        email, password, UUID.fromString(login.get("user").get("id").asText()), login);
  }

  /** A team made in the owner's browser: the team key wrapped to the owner. */
  static JsonNode createTeam(Person owner, String name) {
    JsonNode keys =
        WebCrypto.call(
            WebCrypto.request("team")
                .put("user_id", owner.id().toString())
                .put("public_key", owner.publicKey()));
    ObjectNode body = obj().put("name", name);
    body.setAll((ObjectNode) keys);
    return expect(201, post("/api/teams", owner.token(), body));
  }

  /**
   * The owner invites a member, the member accepts, and the owner confirms it (after comparing its
   * fingerprint phrase): the team key re-wrapped in the owner's browser to the member's public key.
   */
  static void addMember(Person owner, JsonNode team, Person member, String role) {
    String teamPath = "/api/teams/" + team.get("id").asText();
    expect(
        201,
        post(
            teamPath + "/members",
            owner.token(),
            obj().put("email", member.email()).put("role", role)));
    expect(200, post(teamPath + "/invitation/accept", member.token(), obj()));
    JsonNode wrapped =
        WebCrypto.call(
            owner
                .unlockRequest("rewrap")
                .put("wrapped_team_key", team.get("wrapped_team_key").asText())
                .put("recipient_public_key", member.publicKey()));
    expect(
        200,
        post(
            teamPath + "/members/" + member.id() + "/confirm",
            owner.token(),
            obj()
                .put("wrapped_team_key", wrapped.get("wrapped_team_key").asText())
                .put("public_key", member.publicKey())));
  }

  /** A key saved in the dashboard: encrypted by the web code, then POSTed. */
  static JsonNode saveInDashboard(
      Person owner, JsonNode team, String name, String environment, String value) {
    return saveInDashboard(owner, team, name, environment, value, "web");
  }

  /** A key saved as the dashboard saves it, with these tags. */
  static JsonNode saveInDashboard(
      Person owner, JsonNode team, String name, String environment, String value, String... tags) {
    UUID id = UUID.randomUUID();
    UUID vault = team == null ? owner.id() : UUID.fromString(team.get("id").asText());
    ObjectNode enc =
        owner
            .unlockRequest("encrypt")
            .put("vault_id", vault.toString())
            .put("key_id", id.toString())
            .put("value", value);
    if (team != null) {
      enc.put("wrapped_team_key", team.get("wrapped_team_key").asText());
    }
    JsonNode sealed = WebCrypto.call(enc);
    ObjectNode body =
        obj()
            .put("id", id.toString())
            .put("service", "stripe")
            .put("name", name)
            .put("encrypted_value", sealed.get("encrypted_value").asText())
            .put("iv", sealed.get("iv").asText());
    if (team != null) {
      body.put("team_id", team.get("id").asText());
      body.put("key_generation", team.path("key_generation").asInt(1));
    }
    var tagArray = body.putObject("metadata").put("environment", environment).putArray("tags");
    for (String tag : tags) {
      tagArray.add(tag);
    }
    return expect(201, post("/api/keys", owner.token(), body));
  }

  /** What the dashboard shows for a key: decrypted by the web code. */
  static String openInDashboard(Person owner, JsonNode team, JsonNode key) {
    ObjectNode dec =
        owner
            .unlockRequest("decrypt")
            .put("vault_id", team == null ? owner.id().toString() : team.get("id").asText())
            .put("key_id", key.get("id").asText());
    dec.putObject("item")
        .put("encrypted_value", key.get("encrypted_value").asText())
        .put("iv", key.get("iv").asText());
    if (team != null) {
      dec.put("wrapped_team_key", team.get("wrapped_team_key").asText());
    }
    return WebCrypto.call(dec).get("value").asText();
  }

  static JsonNode getKey(Person owner, UUID id) {
    return expect(200, get("/api/keys/" + id, owner.token()));
  }

  static ObjectNode obj() {
    return JSON.createObjectNode();
  }

  static HttpResponse<String> post(String path, String token, JsonNode body) {
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(LocalServer.baseUrl() + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String path, String token) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(LocalServer.baseUrl() + path))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().uri().getPath()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    try {
      return response.body().isEmpty() ? null : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
