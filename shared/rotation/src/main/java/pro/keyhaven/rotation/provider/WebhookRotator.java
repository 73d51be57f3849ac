package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;
import pro.keyhaven.shared.error.ApiException;

/**
 * Anything else, through a signed webhook the user implements: KeyHaven POSTs {@code create},
 * {@code test} and {@code revoke} to the connection's HTTPS URL, signed with its signing secret;
 * the endpoint makes, checks and retires credentials and answers the new value with its name for
 * it. The target's fields (other than {@code test_url} and {@code current_ref}) are passed to the
 * endpoint as they are.
 */
@ApplicationScoped
public class WebhookRotator implements Rotator {

  static final Pattern SECRET = Pattern.compile("[\\x21-\\x7e]{32,200}");
  static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  static final Pattern REF = Pattern.compile("[\\x20-\\x7e]{1,200}");

  private final WebhookApi api;
  private final ProviderHosts hosts;

  public WebhookRotator(WebhookApi api, ProviderHosts hosts) {
    this.api = api;
    this.hosts = hosts;
  }

  @Override
  public String provider() {
    return "webhook";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    Fields.only(c, java.util.Set.of("url", "signing_secret"), "INVALID_CREDENTIAL");
    url(c.get("url"), "INVALID_CREDENTIAL", "url");
    Fields.require(
        c,
        "signing_secret",
        SECRET,
        "INVALID_CREDENTIAL",
        "32 to 200 printable characters, shared with the endpoint");
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    for (String field : t.keySet()) {
      if (!FIELD.matcher(field).matches()) {
        throw Fields.invalidTarget("A target field name is lower-case letters, digits and _");
      }
    }
    Fields.optional(t, "current_ref", REF, "INVALID_TARGET", "printable, 200 characters at most");
    if (t.containsKey("test_url")) {
      url(t.get("test_url"), "INVALID_TARGET", "test_url");
    }
  }

  /** An absolute https URL (http too in local mode) whose host may be reached. */
  private void url(String value, String code, String field) {
    URI uri;
    try {
      uri = value == null ? null : new URI(value);
    } catch (URISyntaxException e) {
      uri = null;
    }
    boolean https = uri != null && "https".equalsIgnoreCase(uri.getScheme());
    boolean http = uri != null && "http".equalsIgnoreCase(uri.getScheme());
    if (uri == null
        || uri.getHost() == null
        || uri.getUserInfo() != null
        || !(https || (http && hosts.allowsPrivate()))) {
      throw ApiException.validation(code, field + " is an absolute https:// URL without user info");
    }
    hosts.check(uri.getHost());
  }

  private static Map<String, String> passed(Map<String, String> target) {
    Map<String, String> out = new java.util.TreeMap<>(target);
    out.remove("test_url");
    out.remove("current_ref");
    return out;
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    String replaces = currentRef != null ? currentRef : target.get("current_ref");
    return api.create(
            credential.get("url"), credential.get("signing_secret"), passed(target), replaces)
        .map(c -> new NewCredential(c.value(), c.ref(), replaces));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    Uni<Void> asked =
        api.test(
            credential.get("url"), credential.get("signing_secret"), passed(target), fresh.ref());
    String testUrl = target.get("test_url");
    return testUrl == null ? asked : asked.chain(() -> api.testUrl(testUrl, fresh.value()));
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null) {
      return Uni.createFrom().voidItem();
    }
    return api.revoke(credential.get("url"), credential.get("signing_secret"), passed(target), ref);
  }
}
