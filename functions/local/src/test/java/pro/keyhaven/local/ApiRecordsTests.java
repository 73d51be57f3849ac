package pro.keyhaven.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No request or response record of any area prints a secret: every record in a {@code
 * pro.keyhaven.<area>.api} package is built with a marked value in each component, and its {@code
 * toString()} must not show the value of any component that holds ciphertext, a wrapped key, a hash
 * or a token (STYLE.md rule 6; a log line with a body in it then leaks nothing).
 */
class ApiRecordsTests {

  /** Component names whose values are secret, or ciphertext that only ids should stand for. */
  private static final Pattern SECRET =
      Pattern.compile(
          "(?i)^(iv|.*(encrypted|ciphertext|token|authhash|secret|password|protected|wrapped"
              + "|credential|sealed|code).*)$");

  @Test
  void noApiRecordPrintsASecretComponent() throws Exception {
    List<Class<?>> records = apiRecords();
    // The areas that exist today all have api records; an empty scan would prove nothing.
    assertThat(records)
        .extracting(Class::getPackageName)
        .contains("pro.keyhaven.auth.api", "pro.keyhaven.vault.api", "pro.keyhaven.teams.api");
    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : records) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = sample(components[i]);
      }
      Constructor<?> canonical =
          type.getDeclaredConstructor(
              Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      canonical.setAccessible(true);
      String printed = String.valueOf(canonical.newInstance(values));
      for (RecordComponent c : components) {
        if (SECRET.matcher(c.getName()).matches() && c.getType() == String.class) {
          checked++;
          if (printed.contains(marker(c))) {
            leaks.add(type.getName() + "." + c.getName());
          }
        }
      }
    }
    assertThat(checked).as("secret components checked").isGreaterThan(10);
    assertThat(leaks).as("records whose toString() prints a secret").isEmpty();
  }

  private static String marker(RecordComponent c) {
    return "MARK_" + c.getName() + "_7f3a";
  }

  private static Object sample(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == String.class) {
      return marker(c);
    }
    if (t == int.class || t == Integer.class) {
      return 1;
    }
    if (t == long.class || t == Long.class) {
      return 1L;
    }
    if (t == boolean.class || t == Boolean.class) {
      return false;
    }
    if (t == UUID.class) {
      return UUID.randomUUID();
    }
    if (t == List.class) {
      return List.of();
    }
    if (t == Map.class) {
      return Map.of();
    }
    return null;
  }

  /** Every record class (nested ones included) in the {@code api} packages of every area. */
  private static List<Class<?>> apiRecords() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (URL root : Collections.list(loader().getResources("pro/keyhaven"))) {
      if ("jar".equals(root.getProtocol())) {
        JarURLConnection jar = (JarURLConnection) root.openConnection();
        try (JarFile file = jar.getJarFile()) {
          file.stream().map(e -> e.getName()).forEach(names::add);
        }
      } else if ("file".equals(root.getProtocol())) {
        Path base = Path.of(root.toURI()).getParent().getParent();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
          files.map(p -> base.relativize(p).toString().replace('\\', '/')).forEach(names::add);
        }
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      if (name.matches("pro/keyhaven/[a-z]+/api/[A-Za-z$]+\\.class")) {
        try {
          Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false, loader());
          if (c.isRecord()) {
            out.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return out;
  }

  private static ClassLoader loader() {
    return ApiRecordsTests.class.getClassLoader();
  }
}
