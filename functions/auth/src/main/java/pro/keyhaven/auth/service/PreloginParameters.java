package pro.keyhaven.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import pro.keyhaven.auth.config.AuthConfig;

/**
 * The KDF parameters prelogin answers for an e-mail without an account: derived with an HMAC under
 * a server secret, so they are stable for that e-mail and shaped like real ones, and nobody can
 * tell from prelogin whether an account exists.
 */
@ApplicationScoped
public class PreloginParameters {

  public static final String KDF = "pbkdf2-sha256";
  public static final int DEFAULT_ITERATIONS = 600_000;

  private static final Logger LOG = Logger.getLogger(PreloginParameters.class);

  private final byte[] secret;

  public PreloginParameters(AuthConfig config) {
    if (config.decoySecret().isPresent() && config.decoySecret().get().length() >= 32) {
      this.secret = config.decoySecret().get().getBytes(StandardCharsets.UTF_8);
    } else {
      LOG.warn(
          "keyhaven.auth.decoy-secret is not set (or shorter than 32 characters): made-up prelogin"
              + " answers change at every start, which lets a patient observer tell accounts apart");
      this.secret = new byte[32];
      new SecureRandom().nextBytes(this.secret);
    }
  }

  /** A 16-byte salt for an unknown e-mail. */
  public byte[] decoySalt(String email) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] out =
          mac.doFinal(
              ("keyhaven-prelogin:" + email.toLowerCase(Locale.ROOT))
                  .getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(out, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
