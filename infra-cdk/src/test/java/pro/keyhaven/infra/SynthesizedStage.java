package pro.keyhaven.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pro.keyhaven.infra.app.KeyHavenStack;
import pro.keyhaven.infra.functions.FunctionArea;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * One stage of the app synthesized offline against the function zips the build made ({@code
 * ../functions/<area>/target/function.zip}), with the AWS Solutions checks, and lookups into its
 * template for the tests. Synthesis is the slow part, so each test class does it once.
 */
final class SynthesizedStage {

  /** The repository's functions, as the reactor built them before this module. */
  static final Path FUNCTIONS = Path.of("..", "functions").toAbsolutePath().normalize();

  /** What the offline context lookup of the account's AZs answers (as cdk.context.json would). */
  static final String AZ_LOOKUP_KEY = "availability-zones:account=111111111111:region=us-east-1";

  static final List<String> LOOKED_UP_AZS = List.of("us-east-1a", "us-east-1b", "us-east-1c");

  final KeyHavenStack stack;
  final Template template;
  final Map<String, Object> json;
  final long templateBytes;
  final Path outdir;

  private SynthesizedStage(
      KeyHavenStack stack,
      Template template,
      Map<String, Object> json,
      long templateBytes,
      Path outdir) {
    this.stack = stack;
    this.template = template;
    this.json = json;
    this.templateBytes = templateBytes;
    this.outdir = outdir;
  }

  /** One line of cdk-nag's report: a rule checked on a resource. */
  record NagFinding(String rule, String resource, String compliance, String reason) {}

  /** cdk-nag's AWS Solutions report of this synthesis. */
  List<NagFinding> nagReport() {
    Path report = outdir.resolve("AwsSolutions-" + stack.getStackName() + "-NagReport.csv");
    try {
      List<NagFinding> findings = new ArrayList<>();
      for (String line : Files.readAllLines(report).subList(1, Files.readAllLines(report).size())) {
        List<String> cells = csv(line);
        findings.add(new NagFinding(cells.get(0), cells.get(1), cells.get(2), cells.get(3)));
      }
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * The areas whose module exists in this checkout; each must have been built (the reactor builds
   * them before this module), so no test runs against a stand-in where a module exists.
   */
  static List<FunctionArea> builtModules() {
    List<FunctionArea> areas = new ArrayList<>();
    for (FunctionArea area : FunctionArea.values()) {
      Path module = FUNCTIONS.resolve(area.id());
      if (Files.isRegularFile(module.resolve("pom.xml"))) {
        if (!Files.isRegularFile(module.resolve("target").resolve("function.zip"))) {
          throw new AssertionError(
              "functions/"
                  + area.id()
                  + " has not been built: run ./mvnw -B verify (or ./mvnw package -DskipTests -pl"
                  + " functions/"
                  + area.id()
                  + " -am) first");
        }
        areas.add(area);
      }
    }
    return areas;
  }

  /** The module whose real zip stands in for an area that has no module in this checkout yet. */
  static final FunctionArea STAND_IN = FunctionArea.TEAMS;

  /**
   * A functions directory holding every catalogued area: the real zip where the module exists, and
   * for an area whose module has not landed yet, the real (JVM) zip of {@link #STAND_IN} under its
   * name, so that its routes, schedule, grants and alarms can be checked before it lands.
   */
  static Path fullCatalogue(Path dir) {
    List<FunctionArea> built = builtModules();
    try {
      for (FunctionArea area : FunctionArea.values()) {
        FunctionArea source = built.contains(area) ? area : STAND_IN;
        Path target = Files.createDirectories(dir.resolve(area.id()).resolve("target"));
        Files.createSymbolicLink(
            target.resolve("function.zip"),
            FUNCTIONS.resolve(source.id()).resolve("target").resolve("function.zip"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Synthesizes the app against the repository's built functions. */
  static SynthesizedStage synth(Path dir, Map<String, Object> context) {
    builtModules();
    return synth(dir, FUNCTIONS, context);
  }

  /** Synthesizes the app with the given context (on top of offline defaults) into {@code dir}. */
  static SynthesizedStage synth(Path dir, Path functionsDir, Map<String, Object> context) {
    Map<String, Object> fullContext = new HashMap<>();
    fullContext.put("account", "111111111111");
    fullContext.put("region", "us-east-1");
    fullContext.put("functionsDir", functionsDir.toString());
    fullContext.put(AZ_LOOKUP_KEY, LOOKED_UP_AZS);
    // The zips are read and hashed but not copied into the assembly: nothing is deployed from it.
    fullContext.put("aws:cdk:disable-asset-staging", true);
    fullContext.putAll(context);
    App app =
        new App(
            AppProps.builder()
                .context(fullContext)
                .outdir(dir.resolve("cdk.out").toString())
                .build());
    KeyHavenStack stack = KeyHavenApp.compose(app);
    // Named before synthesis, which stops at the first open finding with a report in a temp dir.
    stack.nagFindings().stream()
        .filter(f -> f.accepted().isEmpty())
        .forEach(
            f -> System.out.printf("nag open %s at %s (%s)%n", f.id(), f.path(), f.severity()));
    CloudAssembly assembly = app.synth();
    if (assembly.getManifest().getMissing() != null
        && !assembly.getManifest().getMissing().isEmpty()) {
      throw new AssertionError(
          "synthesis wanted a lookup the context does not answer: "
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
                  + fullContext.getOrDefault("runtime", "jvm")
                  + "-"
                  + templateFile.getFileName()),
          StandardCopyOption.REPLACE_EXISTING);
      // Also fails on a dependency cycle, which CloudFormation would only reject at deploy time.
      Template template = Template.fromStack(stack);
      SynthesizedStage synthesized =
          new SynthesizedStage(stack, template, template.toJSON(), bytes, dir.resolve("cdk.out"));
      System.out.printf(
          "synth stage=%s runtime=%s stack=%s functions=%s: %d resources, %,d bytes%n",
          fullContext.getOrDefault("stage", "dev"),
          fullContext.getOrDefault("runtime", "jvm"),
          stack.getStackName(),
          stack.functions().all().keySet().stream().map(FunctionArea::id).toList(),
          synthesized.resources().size(),
          bytes);
      return synthesized;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The areas this synthesis deployed. */
  List<FunctionArea> deployed() {
    return List.copyOf(stack.functions().all().keySet());
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

  /** The area whose Lambda has this logical id. */
  String areaOf(String functionLogicalId) {
    for (FunctionArea area : deployed()) {
      if (functionId(area).equals(functionLogicalId)) {
        return area.id();
      }
    }
    throw new AssertionError(functionLogicalId + " is no area's function");
  }

  /** The environment variables of a Lambda, by logical id. */
  @SuppressWarnings("unchecked")
  Map<String, Object> environmentOf(String functionId) {
    Map<String, Object> environment =
        (Map<String, Object>) properties(resources().get(functionId)).get("Environment");
    return environment == null ? Map.of() : (Map<String, Object>) environment.get("Variables");
  }

  /** The statements of the inline policies attached to a Lambda's execution role. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> statementsOf(String functionId) {
    String role = references(properties(resources().get(functionId)).get("Role")).get(0);
    List<Map<String, Object>> statements = new ArrayList<>();
    resourcesOfType("AWS::IAM::Policy")
        .values()
        .forEach(
            policy -> {
              if (references(properties(policy).get("Roles")).contains(role)) {
                Map<String, Object> document =
                    (Map<String, Object>) properties(policy).get("PolicyDocument");
                statements.addAll((List<Map<String, Object>>) document.get("Statement"));
              }
            });
    return statements;
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
