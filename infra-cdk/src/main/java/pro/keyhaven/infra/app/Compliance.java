package pro.keyhaven.infra.app;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.constructs.IConstruct;

/**
 * The AWS Solutions (cdk-nag) findings the stack accepts, each with its reason, and nothing else: a
 * finding no entry here accepts fails {@code cdk synth}.
 *
 * <p>cdk-nag acknowledges one finding at a time (an IAM5 finding names the very action or resource
 * it is about), so each entry names a rule, where it applies (a construct-path pattern, below the
 * stack) and why; {@link #acknowledge} checks the stack once and acknowledges exactly the findings
 * an entry covers.
 */
public final class Compliance {

  /**
   * One accepted finding.
   *
   * @param rule the rule id, e.g. {@code AwsSolutions-IAM4}; findings of that rule with a detail
   *     ({@code AwsSolutions-IAM5[Resource::*]}) match when {@code detail} does
   * @param detail pattern for the finding's detail; empty for a rule that reports none
   * @param where pattern for the construct path below the stack
   */
  public record Accepted(String rule, String detail, String where, String reason) {

    /** Whether this acceptance covers a finding ({@code Rule[detail]}) at a construct path. */
    public boolean covers(String finding, String path) {
      String id = finding;
      String found = "";
      int bracket = finding.indexOf('[');
      if (bracket >= 0) {
        id = finding.substring(0, bracket);
        found = finding.substring(bracket + 1, finding.length() - 1);
      }
      return id.equals(rule) && Pattern.matches(detail, found) && Pattern.matches(where, path);
    }
  }

  /** A finding, and the entry that accepted it (empty when none did). */
  public record Finding(String id, String path, String severity, Optional<Accepted> accepted) {}

  /** What every stage accepts. */
  static final List<Accepted> EVERY_STAGE =
      List.of(
          new Accepted(
              "AwsSolutions-IAM4",
              "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
              ".*/ServiceRole/Resource",
              "AWS's managed Lambda basic execution policy: it only lets the function write its own"
                  + " CloudWatch log streams; a hand-written copy would grant the same actions"),
          new Accepted(
              "AwsSolutions-IAM4",
              "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
              "Functions/[a-z-]+/ServiceRole/Resource",
              "AWS's managed policy for a Lambda in a VPC: Lambda itself needs it to create and"
                  + " delete the function's network interfaces, and ENI actions take no resource"
                  + " constraints"),
          new Accepted(
              "AwsSolutions-IAM5",
              "Resource::\\*",
              "Functions/[a-z-]+/ServiceRole/DefaultPolicy/Resource",
              "X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords): the X-Ray API has no"
                  + " resource-level permissions, so AWS documents Resource * for it"),
          new Accepted(
              "AwsSolutions-IAM5",
              "Action::kms:(GenerateDataKey|ReEncrypt)\\*",
              "Functions/[a-z-]+/ServiceRole/DefaultPolicy/Resource",
              "Tink envelope encryption with the one Tink KMS key (the statement's only resource):"
                  + " the wildcard spans the GenerateDataKey and ReEncrypt variants of that key,"
                  + " nothing else"),
          new Accepted(
              "AwsSolutions-IAM5",
              "Action::s3:(GetObject|GetBucket|List|Abort)\\*"
                  + "|Resource::<AuditStorageBucket[A-Za-z0-9]+\\.Arn>/\\*",
              "Functions/(vault|anomaly-scan)/ServiceRole/DefaultPolicy/Resource",
              "The audit anchor bucket only: the scan puts the exported chain heads (and may"
                  + " abort its own multipart uploads), the vault's verify reads them; the"
                  + " wildcards are CDK's grantPut/grantRead variants on that one bucket's objects,"
                  + " which Object Lock keeps unchanged"),
          new Accepted(
              "AwsSolutions-IAM5",
              "Resource::<[A-Za-z0-9]+\\.Arn>:\\*",
              "(Migrations/Provider|Secrets/AccessTokenKeysProvider)/framework-onEvent/ServiceRole/"
                  + "DefaultPolicy/Resource",
              "The custom-resource framework may invoke its one handler function in any version"
                  + " (ARN:*); the function itself is named, no other is reachable"),
          new Accepted(
              "AwsSolutions-L1",
              "",
              "Functions/[a-z-]+/Resource",
              "java21 is the runtime the functions are built, tested and SnapStart-ed for (LTS);"
                  + " moving to java25 follows the build's own JDK, not the deploy"),
          new Accepted(
              "AwsSolutions-APIG4",
              "",
              "Api/HttpApi/.*/Resource",
              "The functions authorize every request themselves (RS256 access tokens checked by"
                  + " issuer, audience and type; webhooks by their signatures), and sign-up, login"
                  + " and the webhooks must be reachable without a token"),
          new Accepted(
              "AwsSolutions-CFR1",
              "",
              "Edge/Distribution/Resource",
              "KeyHaven serves users in every country; there is no region to exclude"),
          new Accepted(
              "AwsSolutions-CFR4",
              "",
              "Edge/Distribution/Resource",
              "On the default *.cloudfront.net certificate CloudFront cannot enforce a minimum TLS"
                  + " version; that needs a custom domain with an ACM certificate, which the README"
                  + " lists as the next step (then TLSv1.2_2021)"),
          new Accepted(
              "AwsSolutions-RDS11",
              "",
              "Database/Instance/Resource",
              "PostgreSQL's default port: a non-default port hides nothing from a scanner inside"
                  + " the VPC, and only the proxy's security group may connect at all"),
          new Accepted(
              "AwsSolutions-AEC5",
              "",
              "Cache/ReplicationGroup",
              "Redis's default port: only the functions' security group may connect, over TLS with"
                  + " the AUTH token, so another port would add nothing"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/DatabaseSecret/Resource",
              "Not rotated automatically yet: SnapStart snapshots and warm pools hold the password,"
                  + " so a rotation needs the functions redeployed with it (README, next steps)"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/AppDatabaseSecret/Resource",
              "The functions' role: the migrate function sets its password on every deploy, and"
                  + " SnapStart snapshots and warm pools hold it, so it changes with a redeploy, not"
                  + " by Secrets Manager rotation (README, next steps)"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/OriginVerify/Resource",
              "CloudFront's origin header and the functions must change together (a dual-secret"
                  + " window); rotated by a deliberate redeploy (README, next steps)"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/RedisAuthToken/Resource",
              "ElastiCache rotates an AUTH token only through ModifyReplicationGroup with the"
                  + " ROTATE strategy, which Secrets Manager rotation does not drive; rotated by"
                  + " redeploying a new token"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/JwtSigningKeys/Resource",
              "Replacing the access-token keys signs every user out; they are generated on create"
                  + " and replaced deliberately, not on a timer"),
          new Accepted(
              "AwsSolutions-SMG4",
              "",
              "Secrets/(Stripe|GitHub|Resend|Llm)/Resource",
              "Issued by the provider (Stripe, GitHub, Resend, the LLM): rotated at the provider,"
                  + " then put here; Secrets Manager cannot create them"),
          new Accepted(
              "AwsSolutions-SQS3",
              "",
              "JobFailures/Resource",
              "This queue is itself the dead-letter queue of the scheduled jobs; a dead-letter"
                  + " queue of its own would only move the same messages again"));

  /** What a disposable stage (dev) also accepts: prod has these protections. */
  static final List<Accepted> DISPOSABLE_STAGE =
      List.of(
          new Accepted(
              "AwsSolutions-RDS3",
              "",
              "Database/Instance/Resource",
              "dev runs one PostgreSQL instance to keep its cost down; prod is Multi-AZ"),
          new Accepted(
              "AwsSolutions-RDS10",
              "",
              "Database/Instance/Resource",
              "dev is meant to be torn down with cdk destroy; prod has deletion protection"),
          new Accepted(
              "AwsSolutions-AEC4",
              "",
              "Cache/ReplicationGroup",
              "dev runs one Redis node to keep its cost down (losing it loses no data); prod has a"
                  + " replica in another AZ"));

  /** Every accepted finding of a stage. */
  public static List<Accepted> accepted(Stage stage) {
    List<Accepted> all = new ArrayList<>(EVERY_STAGE);
    if (stage == Stage.DEV) {
      all.addAll(DISPOSABLE_STAGE);
    }
    return all;
  }

  private Compliance() {}

  /** Checks the stack and acknowledges the findings {@link #accepted} covers; returns all. */
  public static List<Finding> acknowledge(Stack stack, Stage stage) {
    List<Accepted> acceptedHere = accepted(stage);
    Map<String, IConstruct> byPath = new HashMap<>();
    for (IConstruct construct : stack.getNode().findAll()) {
      byPath.put(construct.getNode().getPath(), construct);
    }
    String prefix = stack.getNode().getPath() + "/";
    List<Finding> findings = new ArrayList<>();
    for (PolicyViolation violation :
        new AwsSolutionsChecks().validateScope(stack).getViolations()) {
      for (PolicyViolatingResource resource : violation.getViolatingResources()) {
        String path = resource.getConstructPath();
        String below = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        Optional<Accepted> accepted =
            acceptedHere.stream().filter(a -> a.covers(violation.getRuleName(), below)).findFirst();
        accepted.ifPresent(a -> acknowledge(byPath.get(path), violation.getRuleName(), a.reason()));
        findings.add(
            new Finding(violation.getRuleName(), below, violation.getSeverity(), accepted));
      }
    }
    return findings;
  }

  private static void acknowledge(IConstruct construct, String id, String reason) {
    if (!id.contains("::")) {
      Validations.of(construct).acknowledge(Acknowledgment.builder().id(id).reason(reason).build());
    } else {
      // Findings such as AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:...] contain '::', which
      // Validations.acknowledge reserves for its own prefix; the record it would write (the
      // acknowledged-rules metadata cdk-nag reads) is written directly instead.
      construct
          .getNode()
          .addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, Map.of(id, reason));
    }
  }
}
