package pro.keyhaven.infra.observability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigatewayv2.IHttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.rds.IDatabaseInstance;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * CloudWatch alarms on what hurts users first, all notifying one SNS topic: the HTTP API's 5xx rate
 * and CloudFront's, Lambda errors and throttles per function, failed job runs, RDS CPU, connections
 * and free storage, the proxy's borrow latency, and Redis CPU and memory.
 */
public class Alarms extends Construct {

  /** What is watched. */
  public record Watched(
      IHttpApi api,
      Map<String, ? extends IFunction> functions,
      IDatabaseInstance database,
      String proxyName,
      List<String> cacheNodeIds,
      String distributionId,
      IQueue jobFailures) {}

  /**
   * @param dbConnectionsThreshold RDS connections (the proxy's budget is below max_connections)
   * @param dbFreeStorageBytes below this the storage is nearly full (autoscaling may be at its max)
   * @param borrowLatencyMicros the proxy's average wait for a database connection
   * @param alarmEmail subscribed to the topic when given
   */
  public record Props(
      Watched watched,
      int dbConnectionsThreshold,
      double dbFreeStorageBytes,
      Optional<String> alarmEmail,
      double api5xxPercentThreshold,
      double cdn5xxPercentThreshold,
      double dbCpuPercentThreshold,
      double borrowLatencyMicros,
      double cachePercentThreshold) {

    public static Props of(
        Watched watched,
        int dbConnectionsThreshold,
        double dbFreeStorageBytes,
        Optional<String> alarmEmail) {
      return new Props(
          watched, dbConnectionsThreshold, dbFreeStorageBytes, alarmEmail, 5, 5, 80, 100_000, 80);
    }
  }

  private static final Duration PERIOD = Duration.minutes(5);

  private final Topic topic;

  public Alarms(Construct scope, String id, Props props) {
    super(scope, id);
    Watched w = props.watched();
    topic =
        Topic.Builder.create(this, "Topic").displayName("KeyHaven alarms").enforceSsl(true).build();
    props.alarmEmail().ifPresent(email -> topic.addSubscription(new EmailSubscription(email)));

    MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
    MetricOptions average = MetricOptions.builder().statistic("Average").period(PERIOD).build();
    // A rate, not a count: a busy hour must not page anyone for the same share of errors.
    IMetric serverErrorRate =
        MathExpression.Builder.create()
            .expression("IF(requests > 0, 100 * errors / requests, 0)")
            .usingMetrics(
                Map.of(
                    "errors", w.api().metricServerError(sum),
                    "requests", w.api().metricCount(sum)))
            .label("HTTP API 5xx %")
            .period(PERIOD)
            .build();
    above("Api5xxRate", serverErrorRate, props.api5xxPercentThreshold(), 3, 2, "HTTP API 5xx %");
    above(
        "Cdn5xxRate",
        Metric.Builder.create()
            .namespace("AWS/CloudFront")
            .metricName("5xxErrorRate")
            .dimensionsMap(Map.of("DistributionId", w.distributionId(), "Region", "Global"))
            .statistic("Average")
            .period(PERIOD)
            .build(),
        props.cdn5xxPercentThreshold(),
        3,
        2,
        "CloudFront 5xx %");

    w.functions()
        .forEach(
            (name, function) -> {
              above(name + "-Errors", function.metricErrors(sum), 1, 1, 1, name + " errors");
              above(
                  name + "-Throttles", function.metricThrottles(sum), 1, 1, 1, name + " throttles");
            });
    above(
        "JobFailures",
        w.jobFailures()
            .metricApproximateNumberOfMessagesVisible(
                MetricOptions.builder().statistic("Maximum").period(PERIOD).build()),
        1,
        1,
        1,
        "job runs that failed every attempt (see the job-failures queue)");

    above(
        "DbCpu",
        w.database().metricCPUUtilization(average),
        props.dbCpuPercentThreshold(),
        3,
        3,
        "RDS CPU %");
    above(
        "DbConnections",
        w.database().metricDatabaseConnections(average),
        props.dbConnectionsThreshold(),
        3,
        3,
        "RDS connections");
    Alarm storage =
        Alarm.Builder.create(this, "DbFreeStorage")
            .metric(w.database().metricFreeStorageSpace(average))
            .threshold(props.dbFreeStorageBytes())
            .evaluationPeriods(2)
            .datapointsToAlarm(2)
            .comparisonOperator(ComparisonOperator.LESS_THAN_THRESHOLD)
            .treatMissingData(TreatMissingData.MISSING)
            .alarmDescription("KeyHaven: RDS free storage low")
            .build();
    storage.addAlarmAction(new SnsAction(topic));
    above(
        "ProxyBorrowLatency",
        Metric.Builder.create()
            .namespace("AWS/RDS")
            .metricName("DatabaseConnectionsBorrowLatency")
            .dimensionsMap(Map.of("ProxyName", w.proxyName()))
            .statistic("Average")
            .period(PERIOD)
            .build(),
        props.borrowLatencyMicros(),
        3,
        2,
        "RDS Proxy borrow latency (microseconds)");

    for (int i = 0; i < w.cacheNodeIds().size(); i++) {
      String node = w.cacheNodeIds().get(i);
      for (String metric : List.of("EngineCPUUtilization", "DatabaseMemoryUsagePercentage")) {
        above(
            "Redis" + (i + 1) + "-" + metric,
            Metric.Builder.create()
                .namespace("AWS/ElastiCache")
                .metricName(metric)
                .dimensionsMap(Map.of("CacheClusterId", node))
                .statistic("Average")
                .period(PERIOD)
                .build(),
            props.cachePercentThreshold(),
            3,
            3,
            "Redis node " + (i + 1) + " " + metric + " %");
      }
    }
  }

  private void above(
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
