package pro.keyhaven.infra.jobs;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * EventBridge rules that run the scheduled jobs (rotation, anomaly scan) at a fixed rate. Each job
 * runs one at a time (reserved concurrency 1, see {@code Functions}); a run EventBridge could not
 * deliver is retried and then kept in the failure queue, as is a run that failed inside Lambda.
 */
public class Schedules extends Construct {

  /** One job: a function (its alias) and how often it runs. */
  public record Job(String name, IFunction function, Duration rate) {}

  /**
   * @param deliveryRetries EventBridge's retries when Lambda refuses the event (e.g. throttled
   *     because the previous run is still going); the next scheduled run catches up anyway
   * @param failures where undeliverable runs are kept
   */
  public record Props(List<Job> jobs, int deliveryRetries, IQueue failures) {
    public static Props of(List<Job> jobs, IQueue failures) {
      return new Props(jobs, 2, failures);
    }
  }

  public Schedules(Construct scope, String id, Props props) {
    super(scope, id);
    for (Job job : props.jobs()) {
      Rule.Builder.create(this, job.name())
          .description("KeyHaven " + job.name())
          .schedule(Schedule.rate(job.rate()))
          .targets(
              List.of(
                  LambdaFunction.Builder.create(job.function())
                      .retryAttempts(props.deliveryRetries())
                      // A run that waited longer than its own period is superseded by the next one.
                      .maxEventAge(job.rate())
                      .deadLetterQueue(props.failures())
                      .build()))
          .build();
    }
  }
}
