package pro.keyhaven.rotation.provider;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS IAM access keys of one IAM user: each rotation creates a second access key for the user,
 * tests it with STS {@code GetCallerIdentity} (it must sign in as that user), and after the grace
 * period deactivates and deletes the key it replaces. IAM allows two keys per user, so the user
 * must have only the live one when a rotation starts. The key's value is {@code <access key
 * id>:<secret access key>}. The connection holds an access key allowed {@code iam:CreateAccessKey},
 * {@code iam:UpdateAccessKey} and {@code iam:DeleteAccessKey} on the user.
 */
@ApplicationScoped
public class AwsIamRotator implements Rotator {

  static final Pattern KEY_ID = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{12,124}");
  static final Pattern SECRET = Pattern.compile("[A-Za-z0-9/+=]{20,128}");
  static final Pattern USER = Pattern.compile("[\\w+=,.@-]{1,64}");

  private final AwsIamApi api;

  public AwsIamRotator(AwsIamApi api) {
    this.api = api;
  }

  @Override
  public String provider() {
    return "aws-iam";
  }

  @Override
  public void checkCredential(Map<String, String> c) {
    Fields.only(c, Set.of("access_key_id", "secret_access_key"), "INVALID_CREDENTIAL");
    Fields.require(c, "access_key_id", KEY_ID, "INVALID_CREDENTIAL", "an access key id, AKIA...");
    Fields.require(c, "secret_access_key", SECRET, "INVALID_CREDENTIAL", "its secret access key");
  }

  @Override
  public void checkTarget(Map<String, String> t) {
    Fields.only(t, Set.of("user_name", "current_access_key_id"), "INVALID_TARGET");
    Fields.require(t, "user_name", USER, "INVALID_TARGET", "the IAM user whose access key rotates");
    Fields.optional(
        t, "current_access_key_id", KEY_ID, "INVALID_TARGET", "an access key id, AKIA...");
  }

  @Override
  public Uni<NewCredential> create(
      Map<String, String> credential, Map<String, String> target, String currentRef) {
    String replaces = currentRef != null ? currentRef : target.get("current_access_key_id");
    return api.createAccessKey(
            credential.get("access_key_id"),
            credential.get("secret_access_key"),
            target.get("user_name"))
        .onFailure()
        .transform(t -> ProviderHttp.explain(AwsIamApi.NAME, t))
        .map(k -> new NewCredential(k.id() + ":" + k.secret(), k.id(), replaces));
  }

  @Override
  public Uni<Void> test(
      Map<String, String> credential, Map<String, String> target, NewCredential fresh) {
    String secret = fresh.value().substring(fresh.value().indexOf(':') + 1);
    String user = target.get("user_name");
    return api.callerIdentity(fresh.ref(), secret)
        .onFailure()
        .transform(t -> ProviderHttp.explain(AwsIamApi.NAME, t))
        .invoke(
            arn -> {
              if (!arn.endsWith(":user/" + user) && !arn.endsWith("/" + user)) {
                throw new ProviderFailure(
                    "The new access key signs in as "
                        + arn
                        + ", not as IAM user "
                        + user
                        + " (test)");
              }
            })
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> revoke(Map<String, String> credential, Map<String, String> target, String ref) {
    if (ref == null) {
      return Uni.createFrom().voidItem();
    }
    return api.deleteAccessKey(
            credential.get("access_key_id"),
            credential.get("secret_access_key"),
            target.get("user_name"),
            ref)
        .onFailure()
        .transform(t -> ProviderHttp.explain(AwsIamApi.NAME, t));
  }
}
