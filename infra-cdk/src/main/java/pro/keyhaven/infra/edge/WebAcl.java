package pro.keyhaven.infra.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration.FieldToMatchProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACL.AllowActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.BlockActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.CountActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.DefaultActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.ManagedRuleGroupStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.OverrideActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RateBasedStatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleActionOverrideProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleActionProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.RuleProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.StatementProperty;
import software.amazon.awscdk.services.wafv2.CfnWebACL.VisibilityConfigProperty;
import software.constructs.Construct;

/**
 * The AWS WAF web ACL in front of CloudFront (scope CLOUDFRONT, hence us-east-1): Amazon's IP
 * reputation list, a per-IP rate limit, the common rule set and known bad inputs.
 */
public class WebAcl extends Construct {

  /**
   * @param requestsPerFiveMinutesPerIp above this an IP is blocked until it slows down
   * @param countOnlyCommonRules common-rule-set rules that only count: bulk vault imports carry
   *     ciphertext bodies larger than SizeRestrictions_BODY's 8 KB; the API enforces its own limit
   */
  public record Props(
      String name,
      int requestsPerFiveMinutesPerIp,
      List<String> countOnlyCommonRules,
      RetentionDays logRetention,
      RemovalPolicy logRemovalPolicy) {
    public static Props of(
        String name,
        int requestsPerFiveMinutesPerIp,
        RetentionDays logRetention,
        RemovalPolicy logRemovalPolicy) {
      return new Props(
          name,
          requestsPerFiveMinutesPerIp,
          List.of("SizeRestrictions_BODY"),
          logRetention,
          logRemovalPolicy);
    }
  }

  /** Headers never written to the WAF's logs: they carry access tokens and session cookies. */
  public static final List<String> REDACTED_HEADERS = List.of("authorization", "cookie");

  public static final String SCOPE = "CLOUDFRONT";

  private final CfnWebACL acl;

  public WebAcl(Construct scope, String id, Props props) {
    super(scope, id);
    List<Object> rules = new ArrayList<>();
    rules.add(managed(0, "AWSManagedRulesAmazonIpReputationList", List.of()));
    rules.add(
        RuleProperty.builder()
            .name("RateLimitPerIp")
            .priority(1)
            .action(
                RuleActionProperty.builder().block(BlockActionProperty.builder().build()).build())
            .statement(
                StatementProperty.builder()
                    .rateBasedStatement(
                        RateBasedStatementProperty.builder()
                            .limit(props.requestsPerFiveMinutesPerIp())
                            .evaluationWindowSec(300)
                            .aggregateKeyType("IP")
                            .build())
                    .build())
            .visibilityConfig(visibility("RateLimitPerIp"))
            .build());
    rules.add(managed(2, "AWSManagedRulesCommonRuleSet", props.countOnlyCommonRules()));
    rules.add(managed(3, "AWSManagedRulesKnownBadInputsRuleSet", List.of()));

    acl =
        CfnWebACL.Builder.create(this, "Acl")
            .name(props.name())
            .scope(SCOPE)
            .defaultAction(
                DefaultActionProperty.builder()
                    .allow(AllowActionProperty.builder().build())
                    .build())
            .visibilityConfig(visibility(props.name()))
            .rules(rules)
            .build();

    // WAF requires the log group's name to start with aws-waf-logs-.
    LogGroup logs =
        LogGroup.Builder.create(this, "Logs")
            .logGroupName("aws-waf-logs-" + props.name())
            .retention(props.logRetention())
            .removalPolicy(props.logRemovalPolicy())
            .build();
    CfnLoggingConfiguration.Builder.create(this, "Logging")
        .resourceArn(acl.getAttrArn())
        .logDestinationConfigs(List.of(logs.getLogGroupArn()))
        .redactedFields(
            REDACTED_HEADERS.stream()
                .map(
                    header ->
                        (Object)
                            FieldToMatchProperty.builder()
                                .singleHeader(Map.of("Name", header))
                                .build())
                .toList())
        .build();
  }

  private static RuleProperty managed(int priority, String group, List<String> countOnly) {
    ManagedRuleGroupStatementProperty.Builder statement =
        ManagedRuleGroupStatementProperty.builder().vendorName("AWS").name(group);
    if (!countOnly.isEmpty()) {
      statement.ruleActionOverrides(
          countOnly.stream()
              .map(
                  rule ->
                      (Object)
                          RuleActionOverrideProperty.builder()
                              .name(rule)
                              .actionToUse(
                                  RuleActionProperty.builder()
                                      .count(CountActionProperty.builder().build())
                                      .build())
                              .build())
              .toList());
    }
    return RuleProperty.builder()
        .name(group)
        .priority(priority)
        .overrideAction(OverrideActionProperty.builder().none(Map.of()).build())
        .statement(StatementProperty.builder().managedRuleGroupStatement(statement.build()).build())
        .visibilityConfig(visibility(group))
        .build();
  }

  private static VisibilityConfigProperty visibility(String metricName) {
    return VisibilityConfigProperty.builder()
        .metricName(metricName)
        .cloudWatchMetricsEnabled(true)
        .sampledRequestsEnabled(true)
        .build();
  }

  /** What CloudFront's {@code WebACLId} takes for WAFv2. */
  public String arn() {
    return acl.getAttrArn();
  }
}
