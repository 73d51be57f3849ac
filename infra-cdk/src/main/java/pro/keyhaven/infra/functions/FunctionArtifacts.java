package pro.keyhaven.infra.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the build really made: {@code <functionsDir>/<area>/target/function.zip}, as written by the
 * Quarkus Lambda packaging of each module. Only catalogued areas whose zip exists are deployed, so
 * a checkout where some modules are missing (or not yet built) synthesizes with exactly those.
 */
public final class FunctionArtifacts {

  /** What a zip holds. */
  public enum Build {
    /** A {@code bootstrap} executable at the root: GraalVM native, for provided.al2023. */
    NATIVE,
    /** {@code lib/*.jar} beside the application's classes: a JVM build, for java21. */
    JVM
  }

  private final Path functionsDir;
  private final Map<FunctionArea, Path> built = new EnumMap<>(FunctionArea.class);
  private final List<String> uncatalogued = new ArrayList<>();

  private FunctionArtifacts(Path functionsDir) {
    this.functionsDir = functionsDir;
  }

  /** Looks at {@code functionsDir} and notes which modules have a zip. */
  public static FunctionArtifacts discover(Path functionsDir) {
    FunctionArtifacts artifacts = new FunctionArtifacts(functionsDir);
    if (!Files.isDirectory(functionsDir)) {
      throw new IllegalStateException(
          "No functions directory at "
              + functionsDir.toAbsolutePath().normalize()
              + " (context functionsDir)");
    }
    try (Stream<Path> modules = Files.list(functionsDir)) {
      for (Path module : modules.sorted().toList()) {
        String name = module.getFileName().toString();
        Path target = module.resolve("target");
        Path zip = target.resolve("function.zip");
        var area = FunctionArea.byId(name);
        if (Files.isRegularFile(zip)) {
          area.ifPresentOrElse(
              a -> artifacts.built.put(a, zip), () -> artifacts.uncatalogued.add(name));
        } else if (area.isPresent() && Files.isDirectory(target.resolve("quarkus-app"))) {
          throw new IllegalStateException(
              "functions/"
                  + name
                  + " was built without its Lambda packaging (target/quarkus-app but no"
                  + " target/function.zip): the module needs quarkus-amazon-lambda(-http)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return artifacts;
  }

  /** The catalogued areas that have a zip, in catalogue order. */
  public Map<FunctionArea, Path> built() {
    return Collections.unmodifiableMap(built);
  }

  /** Modules with a {@code function.zip} that {@link FunctionArea} does not know (not deployed). */
  public List<String> uncatalogued() {
    return List.copyOf(uncatalogued);
  }

  public boolean isBuilt(FunctionArea area) {
    return built.containsKey(area);
  }

  /** The zip of an area; fails with the build command when it has not been built. */
  public Path zip(FunctionArea area) {
    Path zip = built.get(area);
    if (zip == null) {
      throw new IllegalStateException(
          "Missing "
              + functionsDir
                  .resolve(area.id())
                  .resolve("target")
                  .resolve("function.zip")
                  .toAbsolutePath()
                  .normalize()
              + ": build it first with ./mvnw package -pl functions/"
              + area.id()
              + " -am (add -Dnative and deploy with -c runtime=native for a native build)");
    }
    return zip;
  }

  /** Whether a zip is a native or a JVM build, from its entries. */
  public static Build inspect(Path zip) {
    boolean bootstrap = false;
    boolean jars = false;
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        String name = entry.getName();
        bootstrap |= name.equals("bootstrap");
        jars |= name.startsWith("lib/") && name.endsWith(".jar");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + zip, e);
    }
    if (bootstrap) {
      return Build.NATIVE;
    }
    if (jars) {
      return Build.JVM;
    }
    throw new IllegalStateException(
        zip + " is neither a native build (no bootstrap) nor a JVM build (no lib/*.jar)");
  }

  /**
   * Fails, naming the way out, when a zip was not built for the runtime the stack deploys: a JVM
   * zip on provided.al2023 fails every invocation with InvalidEntrypoint, and a native one on
   * java21 finds no handler class.
   */
  public void requireRuntime(FunctionArea area, FunctionRuntime runtime) {
    Path zip = zip(area);
    Build build = inspect(zip);
    if (build != runtime.build()) {
      throw new IllegalStateException(
          "functions/"
              + area.id()
              + "/target/function.zip is a "
              + (build == Build.NATIVE ? "native build (bootstrap)" : "JVM build (lib/*.jar)")
              + " but the stack deploys runtime="
              + runtime.id()
              + " ("
              + runtime.lambdaRuntime().getName()
              + "): deploy with -c runtime="
              + (build == Build.NATIVE ? "native" : "jvm")
              + ", or rebuild with ./mvnw package"
              + (runtime == FunctionRuntime.NATIVE ? " -Dnative" : "")
              + " -pl functions/"
              + area.id()
              + " -am");
    }
  }

  /** SHA-256 of an area's zip: changes exactly when its code (and so its migrations) change. */
  public String sha256(FunctionArea area) {
    try (InputStream in = Files.newInputStream(zip(area))) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
