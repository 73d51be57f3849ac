package pro.keyhaven.infra.observability;

import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * CloudWatch alarms on what hurts users first (HTTP API 5xx rate, Lambda errors and throttles per
 * function, RDS CPU and connections), all notifying one SNS topic.
 */
public class Alarms extends Construct {

  /**
   * @param functions by name, e.g. {@code auth}
   * @param alarmEmail subscribed to the topic when given
   */
  public record Props(
      IHttpApi api,
      Map<String, ? extends IFunction> functions,
      IDatabaseInstance database,
      int dbConnectionsThreshold,
      Optional<String> alarmEmail,
      double api5xxPercentThreshold,
      double dbCpuPercentThreshold) {

    public static Props of(
        IHttpApi api,
        Map<String, ? extends IFunction> functions,
        IDatabaseInstance database,
        int dbConnectionsThreshold,
        Optional<String> alarmEmail) {
      return new Props(api, functions, database, dbConnectionsThreshold, alarmEmail, 5, 80);
    }
  }

  private static final Duration PERIOD = Duration.minutes(5);

  private final Topic topic;

  public Alarms(Construct scope, String id, Props props) {
    super(scope, id);
    topic = Topic.Builder.create(this, "Topic").displayName("KeyHaven alarms").build();
    props.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

    MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
    // A rate, not a count: a busy hour must not page anyone for the same share of errors.
    IMetric serverErrorRate =
        MathExpression.Builder.create()
            .expression("IF(requests > 0, 100 * errors / requests, 0)")
            .usingMetrics(
                Map.of(
                    "errors", props.api().metricServerError(sum),
                    "requests", props.api().metricCount(sum)))
            .label("HTTP API 5xx %")
            .period(PERIOD)
            .build();
    alarm("Api5xxRate", serverErrorRate, props.api5xxPercentThreshold(), 3, 2, "HTTP API 5xx %");

    props
        .functions()
        .forEach(
            (name, function) -> {
              alarm(name + "-Errors", function.metricErrors(sum), 1, 1, 1, name + " errors");
              alarm(
                  name + "-Throttles", function.metricThrottles(sum), 1, 1, 1, name + " throttles");
            });

    MetricOptions average = MetricOptions.builder().statistic("Average").period(PERIOD).build();
    alarm(
        "DbCpu",
        props.database().metricCPUUtilization(average),
        props.dbCpuPercentThreshold(),
        3,
        3,
        "RDS CPU %");
    alarm(
        "DbConnections",
        props.database().metricDatabaseConnections(average),
        props.dbConnectionsThreshold(),
        3,
        3,
        "RDS connections");
  }

  private void alarm(
      String id,
      IMetric metric,
      double threshold,
      int evaluationPeriods,
      int datapointsToAlarm,
      String description) {
    Alarm alarm =
        Alarm.Builder.create(this, id)
            .metric(metric)
            .threshold(threshold)
            .evaluationPeriods(evaluationPeriods)
            .datapointsToAlarm(datapointsToAlarm)
            .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
            // No traffic is not an outage.
            .treatMissingData(TreatMissingData.NOT_BREACHING)
            .alarmDescription("KeyHaven: " + description)
            .build();
    alarm.addAlarmAction(new SnsAction(topic));
  }

  public Topic topic() {
    return topic;
  }
}
