package pro.keyhaven.cli.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pro.keyhaven.cli.CliException;
import pro.keyhaven.cli.Invocation;

/** The session file: owner-only, replaced whole, refused once others can read it. */
class SessionStoreTests {

  @TempDir Path home;

  private SessionStore store() {
    SessionStore store = new SessionStore();
    store.json =
        new ObjectMapper()
            .findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return store;
  }

  private Invocation inv() {
    return new Invocation(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(new ByteArrayOutputStream()),
        Map.of("XDG_CONFIG_HOME", home.toString()),
        null,
        Clock.systemUTC());
  }

  private static Session session() {
    return new Session(
        "http://localhost:8080",
        "dev@example.com",
        UUID.randomUUID(),
        "refresh",
        "access",
        Instant.now(),
        "pbkdf2-sha256",
        600_000,
        "c2FsdHNhbHRzYWx0c2FsdA==",
        "v1.a.b",
        "pk",
        "v1.c.d",
        Instant.now(),
        false);
  }

  @Test
  void theFileIsOwnerOnlyInAnOwnerOnlyDirectoryAndRoundTrips() throws Exception {
    SessionStore store = store();
    Session s = session();
    store.write(inv(), s);
    Path file = home.resolve("keyhaven/session.json");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(store.read(inv())).contains(s);
    assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString()))
        .containsExactly("session.json");
    assertThat(s.toString()).doesNotContain("refresh").doesNotContain("v1.");
  }

  @Test
  void aSessionFileOthersCanReadIsRefused() throws Exception {
    SessionStore store = store();
    store.write(inv(), session());
    Files.setPosixFilePermissions(
        home.resolve("keyhaven/session.json"), PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> store.read(inv()))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("can be read by other users");
  }

  @Test
  void lockingDropsTheAccessTokenAndKeepsTheWrappedKeys() {
    Session locked = session().lock();
    assertThat(locked.locked()).isTrue();
    assertThat(locked.accessToken()).isNull();
    assertThat(locked.protectedUserKey()).isEqualTo("v1.a.b");
    assertThat(locked.used(Instant.now()).locked()).isFalse();
  }
}
