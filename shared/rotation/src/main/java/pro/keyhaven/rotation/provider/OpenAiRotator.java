package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OpenAI project keys as <b>project service accounts</b>: each rotation makes a new service account
 * in the project (its key is the new value), tests the key with {@code GET /v1/models}, and after
 * the grace period deletes the service account it replaces (which revokes its key). The connection
 * holds an organization admin key. The target names the project and, for the first rotation, the
 * service account in use now.
 */
@ApplicationScoped
public class OpenAiRotator implements Rotator {

  static final Pattern ADMIN_KEY =
      Pattern.compile("sk-admin-[A-Za-z0-9_-]{8,300}|sk-[A-Za-z0-9_-]{20,300}");
  static final Pattern PROJECT = Pattern.compile("proj_[A-Za-z0-9]{4,64}");
  static final Pattern ACCOUNT =
      Pattern.compile("svc_acct_[A-Za-z0-9]{4,64}|user-[A-Za-z0-9]{4,64}");
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _.-]{1,40}");

  private final OpenAiApi api;

  public OpenAiRotator(OpenAiApi api) {
    this.api = api;
  }

  @Override
  public String provider() {
    return "openai";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    Fields.only(c, Set.of("admin_key"), "INVALID_CREDENTIAL");
    Fields.require(
        c, "admin_key", ADMIN_KEY, "INVALID_CREDENTIAL", "an OpenAI admin key, sk-admin-...");
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    Fields.only(t, Set.of("project_id", "current_service_account_id", "name"), "INVALID_TARGET");
    Fields.require(t, "project_id", PROJECT, "INVALID_TARGET", "an OpenAI project id, proj_...");
    Fields.optional(
        t,
        "current_service_account_id",
        ACCOUNT,
        "INVALID_TARGET",
        "a service account id, svc_acct_...");
    Fields.optional(
        t, "name", NAME, "INVALID_TARGET", "letters, digits, space, _ . - (40 at most)");
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    String replaces = currentRef != null ? currentRef : target.get("current_service_account_id");
    String name = target.getOrDefault("name", "keyhaven") + " " + LocalDate.now(ZoneOffset.UTC);
    return api.createServiceAccount(credential.get("admin_key"), target.get("project_id"), name)
        .onFailure()
        .transform(t -> ProviderHttp.explain(OpenAiApi.NAME, t))
        .map(a -> new NewCredential(a.apiKey(), a.id(), replaces));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    return api.listModels(fresh.value())
        .onFailure()
        .transform(t -> ProviderHttp.explain(OpenAiApi.NAME, t));
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null) {
      return Uni.createFrom().voidItem();
    }
    return api.deleteServiceAccount(credential.get("admin_key"), target.get("project_id"), ref)
        .onFailure()
        .transform(t -> ProviderHttp.explain(OpenAiApi.NAME, t));
  }
}
