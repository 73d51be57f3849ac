package pro.keyhaven.rotation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for the HTTP providers (WireMock on a free port, one transformer that keeps their
 * state): OpenAI's project service accounts, SendGrid API keys, Twilio API keys, AWS IAM access
 * keys with STS (the Query API, XML answers) and a user's signed webhook. Each knows which keys
 * exist and which work, answers with real-shaped bodies and errors, and can be told to fail a step:
 * an error status, a timeout or a dropped connection.
 */
public class ProviderStandIn implements QuarkusTestResourceLifecycleManager {

  static final String OPENAI_ADMIN = "sk-admin-standin0123456789abcdefABCDEF";
  static final String SENDGRID_ADMIN = "SG.standinadmin01.standinadminsecret0123456789";
  static final String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TWILIO_TOKEN = "standintwilioauthtoken0123456789";
  static final String AWS_ADMIN_ID = "AKIASTANDINADMIN0001";
  static final String AWS_ADMIN_SECRET = "standinAdminSecret0123456789abcdefABCDEF";
  static final String AWS_ACCOUNT = "123456789012";
  static final String WEBHOOK_SECRET = "whsec_standin_0123456789abcdefghijklmnop";

  static WireMockServer server;
  static final State STATE = new State();

  @Override
  public Map<String, String> start() {
    server =
        new WireMockServer(
            options().dynamicPort().bindAddress("127.0.0.1").extensions(new Transformer()));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    Map<String, String> config = new HashMap<>();
    config.put("keyhaven.rotation.openai.api-url", server.baseUrl());
    config.put("keyhaven.rotation.sendgrid.api-url", server.baseUrl());
    config.put("keyhaven.rotation.twilio.api-url", server.baseUrl());
    config.put("keyhaven.rotation.aws.endpoint", server.baseUrl());
    config.put("keyhaven.rotation.http-timeout", "2s");
    return config;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  static String url(String path) {
    return server.baseUrl() + path;
  }

  /** A key at a provider: its ref (the provider's name for it), its value, whose it is. */
  record Key(String provider, String ref, String value, String owner) {}

  /** How a step fails. */
  record Failure(int status, String contentType, String body, int delayMillis, boolean reset) {}

  /** Which keys exist at each provider, and the failures asked for. */
  static final class State {
    final Map<String, Key> keys = new ConcurrentHashMap<>();
    final Map<String, Failure> failures = new ConcurrentHashMap<>();
    final Map<String, Integer> calls = new ConcurrentHashMap<>();
    final java.util.Set<String> inactive = ConcurrentHashMap.newKeySet();
    final SecureRandom random = new SecureRandom();

    synchronized Key add(String provider, String ref, String value, String owner) {
      Key k = new Key(provider, ref, value, owner);
      keys.put(provider + "/" + ref, k);
      return k;
    }

    Key get(String provider, String ref) {
      return keys.get(provider + "/" + ref);
    }

    synchronized boolean remove(String provider, String ref) {
      inactive.remove(ref);
      return keys.remove(provider + "/" + ref) != null;
    }

    /** The refs of the provider's keys of {@code owner}. */
    List<String> refs(String provider, String owner) {
      return keys.values().stream()
          .filter(k -> k.provider().equals(provider) && k.owner().equals(owner))
          .map(Key::ref)
          .sorted()
          .toList();
    }

    /** Whether a value signs in at the provider. */
    boolean works(String provider, String value) {
      return keys.values().stream()
          .anyMatch(
              k ->
                  k.provider().equals(provider)
                      && k.value().equals(value)
                      && !inactive.contains(k.ref()));
    }

    void fail(String provider, String step, Failure f) {
      failures.put(provider + ":" + step, f);
    }

    void heal() {
      failures.clear();
    }

    String alnum(int n) {
      String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(abc.charAt(random.nextInt(abc.length())));
      }
      return b.toString();
    }

    String hex(int n) {
      byte[] b = new byte[n / 2];
      random.nextBytes(b);
      return HexFormat.of().formatHex(b);
    }

    String upper(int n) {
      String abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(abc.charAt(random.nextInt(abc.length())));
      }
      return b.toString();
    }

    // ---- making keys as each provider does ---------------------------------------------------

    Key openAi(String project) {
      return add(
          "openai",
          "svc_acct_" + alnum(24),
          "sk-svcacct-" + alnum(24) + "T3BlbkFJ" + alnum(24),
          project);
    }

    Key sendGrid() {
      return add("sendgrid", alnum(22), "SG." + alnum(22) + "." + alnum(43), "account");
    }

    Key twilio() {
      String sid = "SK" + hex(32);
      return add("twilio", sid, sid + ":" + alnum(32), TWILIO_ACCOUNT);
    }

    Key aws(String user) {
      String id = "AKIA" + upper(16);
      return add("aws-iam", id, id + ":" + alnum(40), user);
    }

    Key webhook(String owner) {
      return add("webhook", "ref_" + hex(12), "whv_" + alnum(40), owner);
    }
  }

  static Failure status(int status, String contentType, String body) {
    return new Failure(status, contentType, body, 0, false);
  }

  static Failure timeout() {
    return new Failure(503, "text/plain", "late", 3500, false);
  }

  static Failure dropped() {
    return new Failure(0, null, null, 0, true);
  }

  // ---- the transformer -------------------------------------------------------------------------

  static final class Transformer implements ResponseDefinitionTransformerV2 {

    @Override
    public String getName() {
      return "provider-stand-in";
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request r = event.getRequest();
      String path = r.getUrl().split("\\?")[0];
      String method = r.getMethod().getName();
      String provider;
      String step;
      if (path.startsWith("/v1/")) {
        provider = "openai";
        step = method.equals("POST") ? "create" : method.equals("GET") ? "test" : "revoke";
      } else if (path.startsWith("/v3/")) {
        provider = "sendgrid";
        step = method.equals("POST") ? "create" : method.equals("GET") ? "test" : "revoke";
      } else if (path.startsWith("/2010-04-01/")) {
        provider = "twilio";
        step = method.equals("POST") ? "create" : method.equals("GET") ? "test" : "revoke";
      } else if (path.startsWith("/hook")) {
        provider = "webhook";
        step = path.equals("/hook/check") ? "check" : actionOf(r.getBodyAsString());
      } else {
        provider = "aws-iam";
        String action = form(r.getBodyAsString()).getOrDefault("Action", "");
        step =
            switch (action) {
              case "CreateAccessKey" -> "create";
              case "GetCallerIdentity" -> "test";
              default -> "revoke";
            };
      }
      STATE.calls.merge(provider + ":" + step, 1, Integer::sum);
      Failure f = STATE.failures.get(provider + ":" + step);
      if (f != null) {
        if (f.reset()) {
          return ResponseDefinitionBuilder.responseDefinition()
              .withFault(Fault.CONNECTION_RESET_BY_PEER)
              .build();
        }
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(f.status())
            .withHeader("Content-Type", f.contentType())
            .withBody(f.body())
            .withFixedDelay(f.delayMillis())
            .build();
      }
      Answer a =
          switch (provider) {
            case "openai" -> openAi(r, path, method);
            case "sendgrid" -> sendGrid(r, path, method);
            case "twilio" -> twilio(r, path, method);
            case "webhook" -> webhook(r, path);
            default -> aws(r);
          };
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(a.status())
          .withHeader("Content-Type", a.contentType())
          .withBody(a.body())
          .build();
    }
  }

  record Answer(int status, String contentType, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, "application/json", body);
    }

    static Answer xml(int status, String body) {
      return new Answer(status, "text/xml", body);
    }
  }

  static String actionOf(String body) {
    Matcher m = Pattern.compile("\"action\":\"([a-z]+)\"").matcher(body == null ? "" : body);
    return m.find() ? m.group(1) : "";
  }

  static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  static String bearer(Request r) {
    String h = r.getHeader("Authorization");
    return h != null && h.startsWith("Bearer ") ? h.substring(7) : "";
  }

  static String[] basic(Request r) {
    String h = r.getHeader("Authorization");
    if (h == null || !h.startsWith("Basic ")) {
      return new String[] {"", ""};
    }
    String pair = new String(Base64.getDecoder().decode(h.substring(6)), StandardCharsets.UTF_8);
    int colon = pair.indexOf(':');
    return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
  }

  // ---- OpenAI ----------------------------------------------------------------------------------

  static final Pattern OPENAI_ACCOUNTS =
      Pattern.compile("/v1/organization/projects/([^/]+)/service_accounts(?:/([^/]+))?");

  static String openAiError(String message, String type, String code) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"type\":\""
        + type
        + "\",\"param\":null,\"code\":"
        + (code == null ? "null" : "\"" + code + "\"")
        + "}}";
  }

  static Answer openAi(Request r, String path, String method) {
    if (path.equals("/v1/models")) {
      String key = bearer(r);
      if (!STATE.works("openai", key)) {
        return Answer.json(
            401,
            openAiError(
                "Incorrect API key provided: sk-svcac***"
                    + (key.length() > 4 ? key.substring(key.length() - 4) : "")
                    + ". You can find your API key at https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                "invalid_api_key"));
      }
      return Answer.json(
          200,
          "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o-mini\",\"object\":\"model\",\"created\":1721172741,\"owned_by\":\"system\"}]}");
    }
    if (!OPENAI_ADMIN.equals(bearer(r))) {
      return Answer.json(
          401,
          openAiError(
              "Incorrect API key provided. You can find your API key at"
                  + " https://platform.openai.com/account/api-keys.",
              "invalid_request_error",
              "invalid_api_key"));
    }
    Matcher m = OPENAI_ACCOUNTS.matcher(path);
    if (!m.matches()) {
      return Answer.json(404, openAiError("Not found", "invalid_request_error", null));
    }
    String project = m.group(1);
    if (method.equals("POST")) {
      Key k = STATE.openAi(project);
      long now = Instant.now().getEpochSecond();
      return Answer.json(
          200,
          "{\"object\":\"organization.project.service_account\",\"id\":\""
              + k.ref()
              + "\",\"name\":\"keyhaven\",\"role\":\"member\",\"created_at\":"
              + now
              + ",\"api_key\":{\"object\":\"organization.project.service_account.api_key\",\"value\":\""
              + k.value()
              + "\",\"name\":\"Secret Key\",\"created_at\":"
              + now
              + ",\"id\":\"key_"
              + STATE.alnum(16)
              + "\"}}");
    }
    if (method.equals("DELETE") && m.group(2) != null) {
      Key k = STATE.get("openai", m.group(2));
      if (k == null || !k.owner().equals(project)) {
        return Answer.json(
            404,
            openAiError("No such service account: " + m.group(2), "invalid_request_error", null));
      }
      STATE.remove("openai", m.group(2));
      return Answer.json(
          200,
          "{\"object\":\"organization.project.service_account.deleted\",\"id\":\""
              + m.group(2)
              + "\",\"deleted\":true}");
    }
    return Answer.json(405, openAiError("Method not allowed", "invalid_request_error", null));
  }

  // ---- SendGrid --------------------------------------------------------------------------------

  static String sendGridError(String message) {
    return "{\"errors\":[{\"field\":null,\"message\":\"" + message + "\"}]}";
  }

  static Answer sendGrid(Request r, String path, String method) {
    if (path.equals("/v3/scopes") && method.equals("GET")) {
      return STATE.works("sendgrid", bearer(r))
          ? Answer.json(200, "{\"scopes\":[\"mail.send\"]}")
          : Answer.json(401, sendGridError("authorization required"));
    }
    if (!SENDGRID_ADMIN.equals(bearer(r))) {
      return Answer.json(401, sendGridError("authorization required"));
    }
    if (path.equals("/v3/api_keys") && method.equals("POST")) {
      String body = r.getBodyAsString();
      if (!body.contains("\"scopes\":[\"")) {
        return Answer.json(400, sendGridError("scopes are required"));
      }
      Key k = STATE.sendGrid();
      return Answer.json(
          201,
          "{\"api_key\":\""
              + k.value()
              + "\",\"api_key_id\":\""
              + k.ref()
              + "\",\"name\":\"keyhaven\",\"scopes\":[\"mail.send\"]}");
    }
    if (path.startsWith("/v3/api_keys/") && method.equals("DELETE")) {
      String id = path.substring("/v3/api_keys/".length());
      return STATE.remove("sendgrid", id)
          ? new Answer(204, "application/json", "")
          : Answer.json(404, sendGridError("unable to find API Key"));
    }
    return Answer.json(404, sendGridError("not found"));
  }

  // ---- Twilio ----------------------------------------------------------------------------------

  static String twilioError(int code, String message, int status) {
    return "{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"more_info\":\"https://www.twilio.com/docs/errors/"
        + code
        + "\",\"status\":"
        + status
        + "}";
  }

  static Answer twilio(Request r, String path, String method) {
    String[] auth = basic(r);
    String account = "/2010-04-01/Accounts/" + TWILIO_ACCOUNT;
    if (path.equals(account + ".json") && method.equals("GET")) {
      boolean owner = TWILIO_ACCOUNT.equals(auth[0]) && TWILIO_TOKEN.equals(auth[1]);
      if (!owner && !STATE.works("twilio", auth[0] + ":" + auth[1])) {
        return Answer.json(401, twilioError(20003, "Authenticate", 401));
      }
      return Answer.json(
          200,
          "{\"sid\":\""
              + TWILIO_ACCOUNT
              + "\",\"friendly_name\":\"Stand-in account\",\"status\":\"active\",\"type\":\"Full\","
              + "\"date_created\":\"Mon, 13 Jun 2016 22:50:08 +0000\"}");
    }
    if (!TWILIO_ACCOUNT.equals(auth[0]) || !TWILIO_TOKEN.equals(auth[1])) {
      return Answer.json(401, twilioError(20003, "Authenticate", 401));
    }
    if (path.equals(account + "/Keys.json") && method.equals("POST")) {
      Key k = STATE.twilio();
      String name = form(r.getBodyAsString()).getOrDefault("FriendlyName", "");
      return Answer.json(
          201,
          "{\"sid\":\""
              + k.ref()
              + "\",\"friendly_name\":\""
              + name
              + "\",\"date_created\":\"Tue, 01 Dec 2026 22:50:08 +0000\",\"date_updated\":\"Tue,"
              + " 01 Dec 2026 22:50:08 +0000\",\"secret\":\""
              + k.value().substring(k.value().indexOf(':') + 1)
              + "\"}");
    }
    Matcher m =
        Pattern.compile(Pattern.quote(account) + "/Keys/(SK[0-9a-f]{32})\\.json").matcher(path);
    if (m.matches() && method.equals("DELETE")) {
      return STATE.remove("twilio", m.group(1))
          ? new Answer(204, "application/json", "")
          : Answer.json(
              404,
              twilioError(
                  20404,
                  "The requested resource /2010-04-01/Accounts/"
                      + TWILIO_ACCOUNT
                      + "/Keys/"
                      + m.group(1)
                      + ".json was not found",
                  404));
    }
    return Answer.json(404, twilioError(20404, "The requested resource was not found", 404));
  }

  // ---- AWS IAM and STS (Query API) -------------------------------------------------------------

  static String awsError(String service, String type, String code, String message) {
    return "<ErrorResponse xmlns=\"https://"
        + service
        + ".amazonaws.com/doc/"
        + (service.equals("iam") ? "2010-05-08" : "2011-06-15")
        + "/\"><Error><Type>"
        + type
        + "</Type><Code>"
        + code
        + "</Code><Message>"
        + message
        + "</Message></Error><RequestId>"
        + UUID.randomUUID()
        + "</RequestId></ErrorResponse>";
  }

  static String awsOk(String action, String result) {
    return "<"
        + action
        + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
        + result
        + "<ResponseMetadata><RequestId>"
        + UUID.randomUUID()
        + "</RequestId></ResponseMetadata></"
        + action
        + "Response>";
  }

  /** The access key id a request was signed with (its SigV4 Authorization header). */
  static String signer(Request r) {
    Matcher m =
        Pattern.compile("Credential=([A-Z0-9]+)/")
            .matcher(String.valueOf(r.getHeader("Authorization")));
    return m.find() ? m.group(1) : "";
  }

  static Answer aws(Request r) {
    Map<String, String> p = form(r.getBodyAsString());
    String action = p.getOrDefault("Action", "");
    String signer = signer(r);
    if (action.equals("GetCallerIdentity")) {
      Key k = STATE.get("aws-iam", signer);
      if ((k == null || STATE.inactive.contains(signer)) && !signer.equals(AWS_ADMIN_ID)) {
        return Answer.xml(
            403,
            awsError(
                "sts",
                "Sender",
                "InvalidClientTokenId",
                "The security token included in the request is invalid."));
      }
      String user = k == null ? "keyhaven-admin" : k.owner();
      return Answer.xml(
          200,
          "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
              + "<GetCallerIdentityResult><Arn>arn:aws:iam::"
              + AWS_ACCOUNT
              + ":user/"
              + user
              + "</Arn><UserId>AIDA"
              + STATE.upper(17)
              + "</UserId><Account>"
              + AWS_ACCOUNT
              + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>"
              + UUID.randomUUID()
              + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
    }
    if (!signer.equals(AWS_ADMIN_ID)) {
      return Answer.xml(
          403,
          awsError(
              "iam",
              "Sender",
              "InvalidClientTokenId",
              "The security token included in the request is invalid."));
    }
    String user = p.getOrDefault("UserName", "");
    String keyId = p.getOrDefault("AccessKeyId", "");
    switch (action) {
      case "CreateAccessKey" -> {
        if (STATE.refs("aws-iam", user).size() >= 2) {
          return Answer.xml(
              409,
              awsError(
                  "iam",
                  "Sender",
                  "LimitExceeded",
                  "Cannot exceed quota for AccessKeysPerUser: 2"));
        }
        Key k = STATE.aws(user);
        return Answer.xml(
            200,
            awsOk(
                "CreateAccessKey",
                "<CreateAccessKeyResult><AccessKey><UserName>"
                    + user
                    + "</UserName><AccessKeyId>"
                    + k.ref()
                    + "</AccessKeyId><Status>Active</Status><SecretAccessKey>"
                    + k.value().substring(k.value().indexOf(':') + 1)
                    + "</SecretAccessKey><CreateDate>"
                    + Instant.now().toString()
                    + "</CreateDate></AccessKey></CreateAccessKeyResult>"));
      }
      case "UpdateAccessKey", "DeleteAccessKey" -> {
        Key k = STATE.get("aws-iam", keyId);
        if (k == null || !k.owner().equals(user)) {
          return Answer.xml(
              404,
              awsError(
                  "iam",
                  "Sender",
                  "NoSuchEntity",
                  "The Access Key with id " + keyId + " cannot be found."));
        }
        if (action.equals("DeleteAccessKey")) {
          STATE.remove("aws-iam", keyId);
        } else if ("Inactive".equals(p.get("Status"))) {
          // An inactive key no longer signs in, but still counts against the two a user may have.
          STATE.inactive.add(keyId);
        }
        return Answer.xml(200, awsOk(action, ""));
      }
      default -> {
        return Answer.xml(400, awsError("iam", "Sender", "InvalidAction", "Unknown action"));
      }
    }
  }

  // ---- a user's signed webhook -----------------------------------------------------------------

  static Answer webhook(Request r, String path) {
    if (path.equals("/hook/check")) {
      return STATE.works("webhook", bearer(r))
          ? Answer.json(200, "{\"ok\":true}")
          : Answer.json(401, "{\"error\":\"unknown credential\"}");
    }
    String body = r.getBodyAsString();
    String header = String.valueOf(r.getHeader("KeyHaven-Signature"));
    Matcher m = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})").matcher(header);
    if (!m.matches()
        || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(m.group(1))) > 300
        || !m.group(2).equals(hmac(WEBHOOK_SECRET, m.group(1) + "." + body))) {
      return Answer.json(401, "{\"error\":\"signature does not verify\"}");
    }
    String owner = jsonField(body, "owner");
    String ref = jsonField(body, "ref");
    return switch (actionOf(body)) {
      case "create" -> {
        Key k = STATE.webhook(owner == null ? "" : owner);
        yield Answer.json(200, "{\"value\":\"" + k.value() + "\",\"ref\":\"" + k.ref() + "\"}");
      }
      case "test" ->
          STATE.get("webhook", ref) != null
              ? Answer.json(200, "{\"ok\":true}")
              : Answer.json(409, "{\"error\":\"credential " + ref + " does not work\"}");
      case "revoke" ->
          STATE.remove("webhook", ref)
              ? Answer.json(200, "{\"revoked\":true}")
              : Answer.json(404, "{\"error\":\"no such credential\"}");
      default -> Answer.json(400, "{\"error\":\"unknown action\"}");
    };
  }

  static String jsonField(String body, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  static String hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
