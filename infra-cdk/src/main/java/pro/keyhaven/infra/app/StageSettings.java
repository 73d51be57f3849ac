package pro.keyhaven.infra.app;

import pro.keyhaven.infra.functions.ConnectionBudget;
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
    int auditNoncurrentVersionDays,
    int logRetentionDays,
    boolean tracing,
    int dbMaxConnections,
    int httpPoolSize) {

  /** The share of max_connections RDS Proxy may open; the rest is for operators and failover. */
  public static final int PROXY_MAX_CONNECTIONS_PERCENT = 80;

  /** Connections per job environment. */
  public static final int JOB_POOL_SIZE = 2;

  /** The migrate function's JDBC pool (functions/migrate application.properties). */
  public static final int MIGRATE_POOL_SIZE = 4;

  /** How the proxy's connections are shared out (see {@link ConnectionBudget}). */
  public ConnectionBudget connectionBudget() {
    return new ConnectionBudget(
        dbMaxConnections,
        PROXY_MAX_CONNECTIONS_PERCENT,
        httpPoolSize,
        JOB_POOL_SIZE,
        MIGRATE_POOL_SIZE);
  }

  /** Free storage below which the database alarms: a tenth of the initial allocation. */
  public double dbFreeStorageAlarmBytes() {
    return dbAllocatedStorageGb * 1024.0 * 1024 * 1024 / 10;
  }

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
              30,
              7,
              // Tracing costs per trace; switch it on for a dev investigation with -c tracing=true.
              false,
              // db.t4g.micro (1 GiB): PostgreSQL's own formula gives about 100.
              80,
              2);
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
              365,
              90,
              true,
              // db.t4g.medium (4 GiB): PostgreSQL's own formula gives about 400.
              400,
              4);
    };
  }
}
