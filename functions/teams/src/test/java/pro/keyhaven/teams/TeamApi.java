package pro.keyhaven.teams;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import pro.keyhaven.testsupport.PlatformTestResource;
import pro.keyhaven.testsupport.TestAccounts;
import pro.keyhaven.testsupport.TestAccounts.Account;
import pro.keyhaven.testsupport.TestDatabase;
import pro.keyhaven.testsupport.TestKeys;

/** What the tests do as a browser would: teams, members and team keys through the real API. */
final class TeamApi {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TeamApi() {}

  static RequestSpecification as(Account a) {
    return given().auth().oauth2(a.accessToken()).contentType("application/json");
  }

  static TestDatabase db() {
    return PlatformTestResource.database();
  }

  /**
   * Everything a rotation may touch, as text: the team row, its members with their wrapped keys,
   * its keys (live and trashed) and their versions, and its rotation audit entries.
   */
  static String snapshot(UUID team) {
    TestDatabase db = db();
    return String.join(
        "\n",
        db.query(
                "SELECT id, name, encode(public_key, 'base64') AS public_key,"
                    + " protected_private_key, key_generation, rotation_recommended, updated_at"
                    + " FROM teams WHERE id = ?",
                team)
            .toString(),
        db.query(
                "SELECT user_id, role, wrapped_team_key, joined_at FROM team_members"
                    + " WHERE team_id = ? ORDER BY user_id",
                team)
            .toString(),
        db.query(
                "SELECT id, encrypted_value, iv, version, updated_at, deleted_at FROM api_keys"
                    + " WHERE team_id = ? ORDER BY id",
                team)
            .toString(),
        db.query(
                "SELECT v.key_id, v.version, v.encrypted_value, v.iv, v.created_by"
                    + " FROM api_key_versions v JOIN api_keys k ON k.id = v.key_id"
                    + " WHERE k.team_id = ? ORDER BY v.key_id, v.version",
                team)
            .toString(),
        db.query(
                "SELECT id FROM audit_logs WHERE tenant_id = ? AND action = 'team.key_rotated'",
                team)
            .toString());
  }

  /** A create body: a fresh team key pair and the team key wrapped for the creator. */
  static Map<String, Object> teamBody(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("public_key", TestAccounts.b64(32));
    body.put("protected_private_key", TestAccounts.wrapped());
    body.put("wrapped_team_key", TestAccounts.wrapped());
    return body;
  }

  static JsonPath createTeam(Account owner, String name) {
    return as(owner)
        .body(teamBody(name))
        .post("/api/teams")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static UUID newTeam(Account owner, String name) {
    return UUID.fromString(createTeam(owner, name).getString("id"));
  }

  /**
   * Makes {@code member} a confirmed member as the clients do: the admin invites, the member
   * accepts, the admin confirms with the team key "wrapped" to the member's public key; answers
   * that wrapped key.
   */
  static String addMember(Account admin, UUID teamId, Account member, String role) {
    invite(admin, teamId, member.email(), role);
    accept(member, teamId);
    return confirm(admin, teamId, member);
  }

  /** The admin invites an address: no key goes with it. */
  static void invite(Account admin, UUID teamId, String email, String role) {
    as(admin)
        .body(Map.of("email", email, "role", role))
        .post("/api/teams/" + teamId + "/members")
        .then()
        .statusCode(201);
  }

  static void accept(Account member, UUID teamId) {
    as(member).post("/api/teams/" + teamId + "/invitation/accept").then().statusCode(200);
  }

  /** The admin confirms after comparing the phrase; answers the wrapped key it sent. */
  static String confirm(Account admin, UUID teamId, Account member) {
    String wrapped = TestAccounts.wrapped();
    as(admin)
        .body(Map.of("wrapped_team_key", wrapped, "public_key", member.publicKey()))
        .post("/api/teams/" + teamId + "/members/" + member.id() + "/confirm")
        .then()
        .statusCode(200);
    return wrapped;
  }

  /** A create body for a key of the team, encrypted under the team key with the team as vault. */
  static Map<String, Object> teamKeyBody(UUID teamId, String name, String plaintext) {
    Map<String, Object> body = TestKeys.body(teamId, "Stripe", name, plaintext);
    body.put("team_id", teamId.toString());
    body.put("key_generation", generation(teamId));
    return body;
  }

  /** The team's current key generation, which a team key's new value names. */
  static int generation(UUID teamId) {
    return ((Number)
            db().query("SELECT key_generation FROM teams WHERE id = ?", teamId)
                .get(0)
                .get("key_generation"))
        .intValue();
  }

  static UUID createTeamKey(Account a, UUID teamId, String name, String plaintext) {
    return UUID.fromString(
        as(a)
            .body(teamKeyBody(teamId, name, plaintext))
            .post("/api/keys")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  /**
   * A rotation body as a client builds it from what it can read: the current members (each gets the
   * new key wrapped) and the team's live keys at their current versions, re-encrypted.
   */
  static Map<String, Object> rotationBody(Account admin, UUID teamId, NewTeamKey key) {
    return rotationBody(admin, teamId, key, true);
  }

  /**
   * As above; with {@code decrypt} false the values are not read back (for callers that rotate
   * several times and do not care about the plaintext).
   */
  static Map<String, Object> rotationBody(
      Account admin, UUID teamId, NewTeamKey key, boolean decrypt) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (Map<String, Object> m :
        as(admin)
            .get("/api/teams/" + teamId + "/members")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("items")) {
      // Only confirmed members hold the team key; invited and accepted ones get none.
      if (!"confirmed".equals(m.get("status"))) {
        continue;
      }
      members.add(Map.of("user_id", m.get("user_id"), "wrapped_team_key", TestAccounts.wrapped()));
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> k :
        as(admin)
            .queryParam("team_id", teamId)
            .queryParam("size", 200)
            .get("/api/keys")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("items")) {
      UUID id = UUID.fromString((String) k.get("id"));
      String plaintext =
          decrypt
              ? TestKeys.decrypt(
                  (String) k.get("encrypted_value"), (String) k.get("iv"), teamId, id)
              : "re-encrypted";
      String[] sealed = key.encrypt(plaintext, teamId, id);
      items.add(
          Map.of(
              "id",
              id.toString(),
              "encrypted_value",
              sealed[0],
              "iv",
              sealed[1],
              "version",
              k.get("version")));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("public_key", TestAccounts.b64(32));
    body.put("protected_private_key", TestAccounts.wrapped());
    body.put("previous_team_key", TestAccounts.wrapped());
    body.put("members", members);
    body.put("items", items);
    return body;
  }

  /**
   * The next generation's team key, as the rotating client makes it. (The previous key is {@link
   * TestKeys#VAULT_KEY}, which every test client holds.)
   */
  static final class NewTeamKey {
    private final byte[] key = new byte[32];

    NewTeamKey() {
      RANDOM.nextBytes(key);
    }

    /** {ciphertext, iv}, bound to the team and key ids as the vault's clients do. */
    String[] encrypt(String plaintext, UUID vaultId, UUID keyId) {
      try {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(aad(vaultId, keyId));
        byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        return new String[] {
          Base64.getEncoder().encodeToString(ct), Base64.getEncoder().encodeToString(iv)
        };
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    String decrypt(String encryptedValue, String iv, UUID vaultId, UUID keyId) {
      try {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(
            Cipher.DECRYPT_MODE,
            new SecretKeySpec(key, "AES"),
            new GCMParameterSpec(128, Base64.getDecoder().decode(iv)));
        c.updateAAD(aad(vaultId, keyId));
        return new String(
            c.doFinal(Base64.getDecoder().decode(encryptedValue)), StandardCharsets.UTF_8);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    private static byte[] aad(UUID vaultId, UUID keyId) {
      return ("keyhaven-item-v1:" + vaultId + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }
  }
}
