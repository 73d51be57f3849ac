package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Twilio API keys: each rotation creates a standard API key, tests it by fetching the account with
 * it, and after the grace period deletes the key it replaces. The key's value is {@code <key
 * SID>:<secret>} (the pair a Twilio client signs in with). The connection holds the account SID and
 * its auth token.
 */
@ApplicationScoped
public class TwilioRotator implements Rotator {

  static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-f]{32}");
  static final Pattern AUTH_TOKEN = Pattern.compile("[0-9A-Za-z]{32,64}");
  static final Pattern KEY_SID = Pattern.compile("SK[0-9a-f]{32}");
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");

  private final TwilioApi api;

  public TwilioRotator(TwilioApi api) {
    this.api = api;
  }

  @Override
  public String provider() {
    return "twilio";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    Fields.only(c, Set.of("account_sid", "auth_token"), "INVALID_CREDENTIAL");
    Fields.require(
        c, "account_sid", ACCOUNT_SID, "INVALID_CREDENTIAL", "AC followed by 32 hex digits");
    Fields.require(c, "auth_token", AUTH_TOKEN, "INVALID_CREDENTIAL", "the account's auth token");
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    Fields.only(t, Set.of("current_key_sid", "name"), "INVALID_TARGET");
    Fields.optional(
        t, "current_key_sid", KEY_SID, "INVALID_TARGET", "SK followed by 32 hex digits");
    Fields.optional(
        t, "name", NAME, "INVALID_TARGET", "letters, digits, space, _ . - (40 at most)");
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    String replaces = currentRef != null ? currentRef : target.get("current_key_sid");
    String name = target.getOrDefault("name", "keyhaven") + " " + LocalDate.now(ZoneOffset.UTC);
    return api.create(credential.get("account_sid"), credential.get("auth_token"), name)
        .onFailure()
        .transform(t -> ProviderHttp.explain(TwilioApi.NAME, t))
        .map(k -> new NewCredential(k.sid() + ":" + k.secret(), k.sid(), replaces));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    String secret = fresh.value().substring(fresh.value().indexOf(':') + 1);
    return api.fetchAccount(credential.get("account_sid"), fresh.ref(), secret)
        .onFailure()
        .transform(t -> ProviderHttp.explain(TwilioApi.NAME, t));
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null) {
      return Uni.createFrom().voidItem();
    }
    return api.delete(credential.get("account_sid"), credential.get("auth_token"), ref)
        .onFailure()
        .transform(t -> ProviderHttp.explain(TwilioApi.NAME, t));
  }
}
