package pro.keyhaven.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import pro.keyhaven.infra.app.Compliance;

/** What cdk-nag's AWS Solutions pack found in a synthesis. */
final class NagChecks {

  private NagChecks() {}

  /**
   * Nothing is left unaccepted, every acceptance carries a reason, and the pack run again on the
   * synthesized tree finds nothing. Prints the findings before and after the acceptances.
   */
  static void assertClean(SynthesizedStage stage) {
    List<Compliance.Finding> findings = stage.stack.nagFindings();
    List<Compliance.Finding> open = findings.stream().filter(f -> f.accepted().isEmpty()).toList();
    Map<String, Long> byRule =
        findings.stream()
            .filter(f -> f.accepted().isPresent())
            .collect(
                Collectors.groupingBy(
                    f -> f.accepted().get().rule(), TreeMap::new, Collectors.counting()));
    System.out.printf(
        "cdk-nag AwsSolutions %s: %d findings before acknowledgements, %d after; acknowledged by"
            + " rule %s%n",
        stage.stack.getStackName(), findings.size(), open.size(), byRule);
    open.forEach(f -> System.out.printf("  open %s at %s (%s)%n", f.id(), f.path(), f.severity()));
    assertThat(open).as("findings no acceptance covers").isEmpty();
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.accepted().get().reason()).as(f.id()).hasSizeGreaterThan(30));
    assertThat(new AwsSolutionsChecks().validateScope(stage.stack).getViolations()).isEmpty();
  }
}
