package pro.keyhaven.infra.app;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Every value that differs between stages, in one place: constructs take these through their props
 * and hold no stage logic of their own.
 */
public record StageSettings(
    Stage stage,
    RemovalPolicy statefulRemovalPolicy,
    boolean deletionProtection,
    int natGateways,
    String dbInstanceType,
    int dbAllocatedStorageGb,
    int dbMaxAllocatedStorageGb,
    boolean dbMultiAz,
    int dbBackupRetentionDays,
    int dbConnectionsAlarmThreshold,
    String cacheNodeType,
    int cacheNodes,
    int cacheSnapshotRetentionDays,
    RetentionDays logRetention,
    int apiRateLimit,
    int apiBurstLimit,
    int wafRequestsPerFiveMinutesPerIp,
    int auditNoncurrentVersionDays) {

  /** The settings of a stage. */
  public static StageSettings of(Stage stage) {
    return switch (stage) {
      case DEV ->
          new StageSettings(
              stage,
              // dev is meant to be torn down with `cdk destroy`.
              RemovalPolicy.DESTROY,
              false,
              1,
              "t4g.micro",
              20,
              50,
              false,
              1,
              60,
              "cache.t4g.micro",
              1,
              0,
              RetentionDays.ONE_WEEK,
              50,
              100,
              1000,
              30);
      case PROD ->
          new StageSettings(
              stage,
              RemovalPolicy.RETAIN,
              true,
              // One NAT gateway per AZ so that losing an AZ does not cut the others off.
              2,
              "t4g.medium",
              50,
              500,
              true,
              14,
              300,
              "cache.t4g.small",
              // A primary and a replica in another AZ, so that failover is automatic.
              2,
              7,
              RetentionDays.THREE_MONTHS,
              500,
              1000,
              2000,
              365);
    };
  }
}
