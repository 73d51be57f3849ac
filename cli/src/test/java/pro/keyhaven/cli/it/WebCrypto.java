package pro.keyhaven.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's crypto module ({@code web/src/crypto}) run under Node for the tests ({@code
 * src/test/node/web-crypto.ts}): what the browser would make or read.
 */
final class WebCrypto {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
  private static final Path SCRIPT =
      Path.of("src", "test", "node", "web-crypto.ts").toAbsolutePath();

  private WebCrypto() {}

  static ObjectNode request(String op) {
    return JSON.createObjectNode().put("op", op);
  }

  static JsonNode call(ObjectNode request) {
    try {
      Process p =
          new ProcessBuilder(
                  List.of(WEB.resolve("node_modules/.bin/vite-node").toString(), SCRIPT.toString()))
              .directory(WEB.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      p.getOutputStream().write(JSON.writeValueAsBytes(request));
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("web crypto failed for " + request.get("op"));
      }
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
