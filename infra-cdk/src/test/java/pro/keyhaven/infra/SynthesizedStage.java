package pro.keyhaven.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import pro.keyhaven.infra.app.KeyHavenStack;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * One stage of the app synthesized offline against stand-in function zips, with lookups into its
 * template for the tests. Synthesis is the slow part, so each test class does it once.
 */
final class SynthesizedStage {

  final KeyHavenStack stack;
  final Template template;
  final Map<String, Object> json;
  final long templateBytes;

  private SynthesizedStage(
      KeyHavenStack stack, Template template, Map<String, Object> json, long templateBytes) {
    this.stack = stack;
    this.template = template;
    this.json = json;
    this.templateBytes = templateBytes;
  }

  /** Synthesizes the app with the given context (on top of offline defaults) into {@code dir}. */
  static SynthesizedStage synth(Path dir, Map<String, Object> context) {
    Path functionsDir = standInFunctions(dir.resolve("functions"));
    Map<String, Object> fullContext = new HashMap<>();
    fullContext.put("account", "111111111111");
    fullContext.put("region", "us-east-1");
    fullContext.put("functionsDir", functionsDir.toString());
    fullContext.putAll(context);
    App app =
        new App(
            AppProps.builder()
                .context(fullContext)
                .outdir(dir.resolve("cdk.out").toString())
                .build());
    KeyHavenStack stack = KeyHavenApp.compose(app);
    CloudAssembly assembly = app.synth();
    if (assembly.getManifest().getMissing() != null
        && !assembly.getManifest().getMissing().isEmpty()) {
      throw new AssertionError(
          "synthesis wanted a lookup (it must stay offline): "
              + assembly.getManifest().getMissing().stream().map(m -> m.getKey()).toList());
    }
    Path templateFile =
        Path.of(assembly.getStackByName(stack.getStackName()).getTemplateFullPath());
    try {
      long bytes = Files.size(templateFile);
      // Kept for reading after the run; the temp dir is gone by then.
      Path kept = Files.createDirectories(Path.of("target", "synth"));
      Files.copy(
          templateFile,
          kept.resolve(
              fullContext.getOrDefault("stage", "dev")
                  + "-"
                  + fullContext.getOrDefault("runtime", "native")
                  + "-"
                  + templateFile.getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
      // Also fails on a dependency cycle, which CloudFormation would only reject at deploy time.
      Template template = Template.fromStack(stack);
      SynthesizedStage synthesized =
          new SynthesizedStage(stack, template, template.toJSON(), bytes);
      System.out.printf(
          "synth stage=%s runtime=%s stack=%s: %d resources, %,d bytes%n",
          fullContext.getOrDefault("stage", "dev"),
          fullContext.getOrDefault("runtime", "native"),
          stack.getStackName(),
          synthesized.resources().size(),
          bytes);
      return synthesized;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A zip per area at {@code <area>/target/function.zip}, each different so assets differ. */
  private static Path standInFunctions(Path functionsDir) {
    try {
      for (FunctionArea area : FunctionArea.values()) {
        Path target = Files.createDirectories(functionsDir.resolve(area.id()).resolve("target"));
        try (OutputStream out = Files.newOutputStream(target.resolve("function.zip"));
            ZipOutputStream zip = new ZipOutputStream(out)) {
          zip.putNextEntry(new ZipEntry("bootstrap"));
          zip.write(
              ("#!/bin/sh\necho stand-in for " + area.id() + "\n")
                  .getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return functionsDir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, Map<String, Object>> resources() {
    return (Map<String, Map<String, Object>>) json.get("Resources");
  }

  /** Resources of one CloudFormation type, by logical id. */
  Map<String, Map<String, Object>> resourcesOfType(String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    resources()
        .forEach(
            (id, resource) -> {
              if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
              }
            });
    return found;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.get("Properties");
  }

  /** The logical id of an area's Lambda, found by the description the construct gives it. */
  String functionId(FunctionArea area) {
    String description = "KeyHaven " + area.id() + " (";
    return resourcesOfType("AWS::Lambda::Function").entrySet().stream()
        .filter(
            e ->
                String.valueOf(properties(e.getValue()).get("Description")).startsWith(description))
        .map(Map.Entry::getKey)
        .reduce(
            (a, b) -> {
              throw new AssertionError("two functions for " + area);
            })
        .orElseThrow(() -> new AssertionError("no function for " + area));
  }

  /** Logical ids referenced ({@code Ref} or {@code Fn::GetAtt}) anywhere inside a value. */
  @SuppressWarnings("unchecked")
  static List<String> references(Object value) {
    List<String> ids = new ArrayList<>();
    if (value instanceof Map<?, ?> map) {
      if (map.get("Ref") instanceof String ref) {
        ids.add(ref);
      }
      if (map.get("Fn::GetAtt") instanceof List<?> getAtt && !getAtt.isEmpty()) {
        ids.add(String.valueOf(getAtt.get(0)));
      }
      ((Map<String, Object>) map).values().forEach(v -> ids.addAll(references(v)));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> ids.addAll(references(v)));
    }
    return ids;
  }
}
