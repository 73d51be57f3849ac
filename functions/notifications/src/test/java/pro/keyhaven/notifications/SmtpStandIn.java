package pro.keyhaven.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server for the tests (GreenMail on a free port), and the settings pointing at it. */
public class SmtpStandIn implements QuarkusTestResourceLifecycleManager {

  static GreenMail server;

  @Override
  public Map<String, String> start() {
    server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    server.start();
    return Map.of(
        "keyhaven.notify.email.transport", "auto",
        "keyhaven.notify.smtp.host", "127.0.0.1",
        "keyhaven.notify.smtp.port", String.valueOf(server.getSmtp().getPort()),
        "keyhaven.notify.smtp.start-tls", "DISABLED",
        "keyhaven.notify.email.from", "KeyHaven <alerts@keyhaven.test>");
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
