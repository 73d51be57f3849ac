package pro.keyhaven.infra.jobs;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/** EventBridge rules that run the scheduled jobs (rotation, anomaly scan) at a fixed rate. */
public class Schedules extends Construct {

  /** One job: a function and how often it runs. */
  public record Job(String name, IFunction function, Duration rate) {}

  /**
   * @param retryAttempts a failed run is retried; the next scheduled run catches up anyway
   */
  public record Props(List<Job> jobs, int retryAttempts) {
    public static Props of(List<Job> jobs) {
      return new Props(jobs, 2);
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
                      .retryAttempts(props.retryAttempts())
                      // A run that waited longer than its own period is superseded by the next one.
                      .maxEventAge(job.rate())
                      .build()))
          .build();
    }
  }
}
