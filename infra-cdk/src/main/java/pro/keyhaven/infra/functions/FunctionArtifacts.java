package pro.keyhaven.infra.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where each function's build output lies: {@code <functionsDir>/<area>/target/function.zip}, as
 * written by the Quarkus Lambda packaging of that module.
 */
public record FunctionArtifacts(Path functionsDir) {

  /** The zip of an area; fails with the build command when it has not been built. */
  public Path zip(FunctionArea area) {
    Path zip = functionsDir.resolve(area.id()).resolve("target").resolve("function.zip");
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException(
          "Missing "
              + zip.toAbsolutePath().normalize()
              + ": build it first with ./mvnw package -Dnative -pl functions/"
              + area.id()
              + " -am (or without -Dnative and -c runtime=jvm)");
    }
    return zip;
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
