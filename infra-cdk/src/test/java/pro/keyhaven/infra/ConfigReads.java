package pro.keyhaven.infra;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The {@code keyhaven.*} configuration a built function reads, found in its zip: the keys and
 * {@code ${...}} references of its configuration files, the property names its own classes name
 * (e.g. the AWS secrets source), and the names of its {@code @ConfigMapping} interfaces (loaded
 * from the zip and walked as SmallRye Config does). Also which clients it carries.
 */
final class ConfigReads {

  private static final Pattern NAME = Pattern.compile("keyhaven\\.[a-z0-9][a-z0-9.-]*[a-z0-9]");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(keyhaven\\.[a-z0-9.-]+)");

  /** Every name read, by the application and its shared modules. */
  final Set<String> names = new TreeSet<>();

  /** Names read other than through the AWS secrets source (which reads its names only if set). */
  final Set<String> ownNames = new TreeSet<>();

  /** The Content-Security-Policy the function's own responses carry (null if it serves none). */
  String contentSecurityPolicy;

  /** The jars in {@code lib/}. */
  final List<String> libraries = new ArrayList<>();

  private ConfigReads() {}

  static ConfigReads of(Path zip, Path workDir) {
    ConfigReads reads = new ConfigReads();
    try {
      Path root = Files.createDirectories(workDir);
      List<URL> classpath = new ArrayList<>();
      List<String> classes = new ArrayList<>();
      classpath.add(root.toUri().toURL());
      try (ZipFile file = new ZipFile(zip.toFile())) {
        for (ZipEntry entry : Collections.list(file.entries())) {
          String name = entry.getName();
          if (entry.isDirectory()) {
            continue;
          }
          if (name.startsWith("lib/") && name.endsWith(".jar")) {
            reads.libraries.add(name.substring(4));
            Path jar = root.resolve(name);
            Files.createDirectories(jar.getParent());
            try (InputStream in = file.getInputStream(entry)) {
              Files.copy(in, jar);
            }
            classpath.add(jar.toUri().toURL());
            if (name.contains("keyhaven")) {
              reads.scanJar(jar, classes, name.contains("aws-config"));
            }
          } else if (name.startsWith("pro/keyhaven/") && name.endsWith(".class")) {
            byte[] bytes;
            try (InputStream in = file.getInputStream(entry)) {
              bytes = in.readAllBytes();
            }
            Path out = root.resolve(name);
            Files.createDirectories(out.getParent());
            Files.write(out, bytes);
            classes.add(name);
            reads.scanClass(bytes, false);
          } else if (name.endsWith(".properties") && !name.contains("/")) {
            try (InputStream in = file.getInputStream(entry)) {
              reads.scanProperties(in.readAllBytes());
            }
          }
        }
      }
      try (URLClassLoader loader =
          new URLClassLoader(classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        for (String name : classes) {
          reads.scanMapping(loader, name);
        }
        reads.contentSecurityPolicy = contentSecurityPolicy(loader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reads;
  }

  private static String contentSecurityPolicy(ClassLoader loader) {
    try {
      return (String)
          Class.forName("pro.keyhaven.shared.http.SecurityHeaders", true, loader)
              .getField("CSP")
              .get(null);
    } catch (ClassNotFoundException e) {
      return null;
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException("SecurityHeaders.CSP cannot be read", e);
    }
  }

  /** Whether a {@code lib/} jar's name contains the given text. */
  boolean carries(String library) {
    return libraries.stream().anyMatch(jar -> jar.contains(library));
  }

  private void scanJar(Path jar, List<String> classes, boolean secretsSource) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        String name = entry.getName();
        if (name.endsWith(".class")) {
          scanClass(in.readAllBytes(), secretsSource);
          if (name.startsWith("pro/keyhaven/")) {
            classes.add(name);
          }
        } else if (name.equals("META-INF/microprofile-config.properties")
            || name.equals("application.properties")) {
          scanProperties(in.readAllBytes());
        }
      }
    }
  }

  private void scanClass(byte[] bytes, boolean secretsSource) {
    // Constant-pool strings are stored as (modified) UTF-8, readable byte for byte.
    Matcher m = NAME.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      add(m.group(), !secretsSource);
    }
  }

  private void scanProperties(byte[] bytes) throws IOException {
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(bytes));
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("keyhaven.")) {
        add(key, true);
      }
      Matcher m = REFERENCE.matcher(properties.getProperty(key));
      while (m.find()) {
        add(m.group(1), true);
      }
    }
  }

  private void scanMapping(ClassLoader loader, String resource) {
    String className =
        resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (Throwable e) {
      return;
    }
    if (!type.isInterface()) {
      return;
    }
    annotation(type.getAnnotations(), "io.smallrye.config.ConfigMapping")
        .map(a -> value(a, "prefix"))
        .ifPresent(prefix -> walk(type, prefix, 0));
  }

  private void walk(Class<?> type, String prefix, int depth) {
    if (depth > 8) {
      return;
    }
    for (Method method : type.getMethods()) {
      if (method.isDefault()
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() > 0
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Annotation[] annotations = method.getAnnotations();
      String full =
          annotation(annotations, "io.smallrye.config.WithParentName").isPresent()
              ? prefix
              : prefix
                  + "."
                  + annotation(annotations, "io.smallrye.config.WithName")
                      .map(a -> value(a, "value"))
                      .orElseGet(() -> kebab(method.getName()));
      Class<?> returned = method.getReturnType();
      Type generic = method.getGenericReturnType();
      if (Map.class.isAssignableFrom(returned)) {
        add(full + ".*", true);
        continue;
      }
      if ((Optional.class == returned || List.class.isAssignableFrom(returned))
          && generic instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
        returned = element;
      }
      if (returned.isInterface() && !returned.getName().startsWith("java.")) {
        walk(returned, full, depth + 1);
      } else {
        add(full, true);
      }
    }
  }

  private void add(String name, boolean own) {
    names.add(name);
    if (own) {
      ownNames.add(name);
    }
  }

  /** Whether a property name is read (a mapped map reads every name below it). */
  boolean reads(String property) {
    return names.contains(property)
        || names.stream()
            .filter(n -> n.endsWith(".*"))
            .anyMatch(n -> property.startsWith(n.substring(0, n.length() - 1)));
  }

  private static Optional<Annotation> annotation(Annotation[] annotations, String type) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getName().equals(type)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  private static String value(Annotation annotation, String attribute) {
    try {
      return String.valueOf(annotation.annotationType().getMethod(attribute).invoke(annotation));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SmallRye's default naming: {@code poolSize} is {@code pool-size}. */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
