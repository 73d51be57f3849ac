package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SendGrid API keys: each rotation creates a key with the target's scopes, tests it with {@code GET
 * /v3/scopes}, and after the grace period deletes the key it replaces. The connection holds an API
 * key with the {@code api_keys} scope.
 */
@ApplicationScoped
public class SendGridRotator implements Rotator {

  static final Pattern API_KEY =
      Pattern.compile("SG\\.[A-Za-z0-9_-]{10,100}\\.[A-Za-z0-9_-]{10,100}");
  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{8,100}");
  static final Pattern SCOPE = Pattern.compile("[a-z0-9_.]{2,80}");
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");

  private final SendGridApi api;

  public SendGridRotator(SendGridApi api) {
    this.api = api;
  }

  @Override
  public String provider() {
    return "sendgrid";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    Fields.only(c, Set.of("api_key"), "INVALID_CREDENTIAL");
    Fields.require(c, "api_key", API_KEY, "INVALID_CREDENTIAL", "a SendGrid API key, SG.xxx.yyy");
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    Fields.only(t, Set.of("scopes", "current_api_key_id", "name"), "INVALID_TARGET");
    scopes(t);
    Fields.optional(t, "current_api_key_id", KEY_ID, "INVALID_TARGET", "SendGrid's id of the key");
    Fields.optional(
        t, "name", NAME, "INVALID_TARGET", "letters, digits, space, _ . - (40 at most)");
  }

  static List<String> scopes(Map<String, String> t) {
    String value = t.get("scopes");
    if (value == null) {
      throw Fields.invalidTarget("scopes names the new key's scopes: \"mail.send,...\"");
    }
    List<String> scopes =
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    if (scopes.isEmpty()
        || scopes.size() > 100
        || !scopes.stream().allMatch(s -> SCOPE.matcher(s).matches())) {
      throw Fields.invalidTarget(
          "scopes is a comma-separated list of SendGrid scopes: \"mail.send\"");
    }
    return scopes;
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    String replaces = currentRef != null ? currentRef : target.get("current_api_key_id");
    String name = target.getOrDefault("name", "keyhaven") + " " + LocalDate.now(ZoneOffset.UTC);
    return api.create(credential.get("api_key"), name, scopes(target))
        .onFailure()
        .transform(t -> ProviderHttp.explain(SendGridApi.NAME, t))
        .map(k -> new NewCredential(k.value(), k.id(), replaces));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    return api.scopes(fresh.value())
        .onFailure()
        .transform(t -> ProviderHttp.explain(SendGridApi.NAME, t));
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null) {
      return Uni.createFrom().voidItem();
    }
    return api.delete(credential.get("api_key"), ref)
        .onFailure()
        .transform(t -> ProviderHttp.explain(SendGridApi.NAME, t));
  }
}
