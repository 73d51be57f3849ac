package pro.keyhaven.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/** A Redis server to talk to: the configured one when it answers PING, else an embedded one. */
public final class Redis implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Redis.class);

  private final String host;
  private final int port;
  private final RedisServer embedded;

  private Redis(String host, int port, RedisServer embedded) {
    this.host = host;
    this.port = port;
    this.embedded = embedded;
  }

  /** The server at host:port if it answers PING within a second. */
  public static Redis external(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 1000);
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[16];
      int n = in.read(buf);
      String answer = n > 0 ? new String(buf, 0, n, StandardCharsets.US_ASCII) : "";
      return answer.startsWith("+PONG") ? new Redis(host, port, null) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Starts an embedded Redis on {@code port} (0: a free one), keeping data in {@code dir}. */
  public static Redis embedded(Path dir, int port) {
    int chosen = port > 0 ? port : freePort();
    try {
      RedisServerBuilder builder =
          RedisServer.newRedisServer().port(chosen).bind("127.0.0.1").onShutdownForceStop(true);
      if (dir != null) {
        Files.createDirectories(dir);
        builder.setting("dir " + dir.toAbsolutePath()).setting("appendonly yes");
      } else {
        builder.setting("save \"\"").setting("appendonly no");
      }
      RedisServer server = builder.build();
      server.start();
      LOG.infof("Started embedded Redis on port %d", chosen);
      return new Redis("localhost", chosen, server);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded Redis", e);
    }
  }

  public String url() {
    return "redis://" + host + ":" + port;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (IOException e) {
        LOG.warn("Embedded Redis did not stop cleanly", e);
      }
    }
  }
}
