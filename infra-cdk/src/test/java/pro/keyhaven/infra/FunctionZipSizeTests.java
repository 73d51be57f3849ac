package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pro.keyhaven.infra.functions.FunctionArea;

/**
 * What each built function.zip carries: prints a table of every zip with its size and its largest
 * entries (in the build's output), and checks that the JVM zips leave out what only the local
 * server or a native image needs, and carry Quarkus's SnapStart support and the priming hook.
 */
class FunctionZipSizeTests {

  /** Jars no function loads at run time (docs/reliability.md, "Serverless packaging"). */
  static final List<String> LEFT_OUT =
      List.of(
          "lib/net.bytebuddy.byte-buddy-",
          "lib/org.glassfish.jaxb.jaxb-runtime-",
          "lib/com.aayushatharva.brotli4j.",
          "lib/software.amazon.awssdk.apache5-client-",
          "lib/software.amazon.awssdk.apache-client-",
          "lib/software.amazon.awssdk.netty-nio-client-",
          "lib/org.apache.httpcomponents.client5.");

  record Zip(FunctionArea area, long bytes, List<ZipEntry> entries) {}

  static final List<Zip> ZIPS = new ArrayList<>();

  @BeforeAll
  static void readAndPrint() {
    for (FunctionArea area : SynthesizedStage.builtModules()) {
      Path path = SynthesizedStage.FUNCTIONS.resolve(area.id()).resolve("target/function.zip");
      try (ZipFile file = new ZipFile(path.toFile())) {
        List<ZipEntry> entries = new ArrayList<>(file.stream().toList());
        ZIPS.add(new Zip(area, Files.size(path), entries));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    StringBuilder table = new StringBuilder("\nfunction.zip sizes (functions/<area>/target)\n");
    table.append(
        String.format(Locale.ROOT, "%-14s %8s %8s  %s%n", "area", "MB", "entries", "largest"));
    long total = 0;
    for (Zip zip : ZIPS) {
      total += zip.bytes();
      List<String> largest =
          zip.entries().stream()
              .sorted(Comparator.comparingLong(ZipEntry::getCompressedSize).reversed())
              .limit(3)
              .map(
                  e ->
                      String.format(
                          Locale.ROOT, "%s %.1f", shortName(e), mb(e.getCompressedSize())))
              .toList();
      table.append(
          String.format(
              Locale.ROOT,
              "%-14s %8.1f %8d  %s%n",
              zip.area().id(),
              mb(zip.bytes()),
              zip.entries().size(),
              String.join(", ", largest)));
    }
    table.append(String.format(Locale.ROOT, "%-14s %8.1f%n", "total", mb(total)));
    System.out.print(table);
  }

  private static double mb(long bytes) {
    return bytes / 1_000_000.0;
  }

  private static String shortName(ZipEntry entry) {
    String name = entry.getName();
    return name.startsWith("lib/") ? name.substring(4) : name;
  }

  private static boolean isJvm(Zip zip) {
    return zip.entries().stream().noneMatch(e -> e.getName().equals("bootstrap"));
  }

  @Test
  void everyBuiltAreaIsInTheTable() {
    assertThat(ZIPS)
        .extracting(Zip::area)
        .containsExactlyElementsOf(SynthesizedStage.builtModules());
    assertThat(ZIPS).allSatisfy(zip -> assertThat(zip.bytes()).isPositive());
  }

  @Test
  void noFunctionCarriesSwaggerUiOrJarsItNeverLoads() {
    for (Zip zip : ZIPS) {
      assertThat(zip.entries())
          .as(zip.area().id())
          .extracting(ZipEntry::getName)
          .noneMatch(name -> name.contains("openapi-ui/") || name.contains("swagger-ui-bundle"))
          .noneMatch(name -> LEFT_OUT.stream().anyMatch(name::startsWith));
    }
  }

  @Test
  void everyJvmFunctionCarriesTheSnapStartPreloadListAndThePrimingHook() {
    for (Zip zip : ZIPS) {
      // migrate runs Flyway once per deploy, without SnapStart and without shared/core.
      if (!isJvm(zip) || zip.area() == FunctionArea.MIGRATE) {
        continue;
      }
      assertThat(zip.entries())
          .as(zip.area().id())
          .extracting(ZipEntry::getName)
          .contains(
              "META-INF/quarkus-generated-preload-classes.txt",
              "pro/keyhaven/shared/snapstart/SnapStartPriming.class");
    }
  }
}
