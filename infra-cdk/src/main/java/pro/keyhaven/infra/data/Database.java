package pro.keyhaven.infra.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pro.keyhaven.infra.network.Network;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.CfnDBProxyTargetGroup;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.EngineLifecycleSupport;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PerformanceInsightRetention;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;
import software.constructs.IConstruct;
import software.constructs.IDependable;

/**
 * RDS PostgreSQL in the isolated subnets, reached only through RDS Proxy: every Lambda environment
 * holds a small pool, and the proxy multiplexes them onto a bounded number of database connections.
 *
 * <p>Only the major version is pinned (RDS applies minor versions in the maintenance window); the
 * parameter group sets {@code max_connections} explicitly so that the proxy's connection budget,
 * and with it each function's reserved concurrency, does not depend on the instance's memory.
 */
public class Database extends Construct {

  /**
   * @param name instance identifier and proxy name, unique per account and region
   * @param clients the security group whose members may connect (the functions)
   * @param secret JSON secret with username and password (the master user, which migrates)
   * @param appSecret the functions' role (keyhaven_app), which the proxy serves too
   * @param maxConnections PostgreSQL's max_connections
   * @param proxyMaxConnectionsPercent the share of max_connections the proxy may open
   * @param proxyIdleClientTimeout the proxy closes client connections idle longer than this
   * @param proxyBorrowTimeout how long a client waits for a database connection: below the HTTP
   *     functions' timeout, so a saturated proxy answers an error instead of a Lambda timeout
   */
  public record Props(
      String name,
      IVpc vpc,
      ISecurityGroup clients,
      ISecret secret,
      ISecret appSecret,
      String databaseName,
      String instanceType,
      int allocatedStorageGb,
      int maxAllocatedStorageGb,
      boolean multiAz,
      int backupRetentionDays,
      boolean deletionProtection,
      RemovalPolicy removalPolicy,
      RetentionDays logRetention,
      int maxConnections,
      int proxyMaxConnectionsPercent,
      Duration proxyIdleClientTimeout,
      Duration proxyBorrowTimeout) {}

  /** PostgreSQL's port, fixed so that the function environment can name it. */
  public static final int PORT = 5432;

  /** The pinned major version; minor versions follow RDS's default for it. */
  public static final PostgresEngineVersion VERSION = PostgresEngineVersion.VER_17;

  private final DatabaseInstance instance;
  private final DatabaseProxy proxy;
  private final String databaseName;
  private final String identifier;

  public Database(Construct scope, String id, Props props) {
    super(scope, id);
    databaseName = props.databaseName();
    identifier = props.name();
    SecurityGroup instanceGroup =
        SecurityGroup.Builder.create(this, "InstanceSecurityGroup")
            .vpc(props.vpc())
            .description("KeyHaven PostgreSQL: only the RDS Proxy may connect")
            .allowAllOutbound(false)
            .build();
    SecurityGroup proxyGroup =
        SecurityGroup.Builder.create(this, "ProxySecurityGroup")
            .vpc(props.vpc())
            .description("KeyHaven RDS Proxy: only the functions may connect")
            .allowAllOutbound(false)
            .build();

    IInstanceEngine engine =
        DatabaseInstanceEngine.postgres(
            PostgresInstanceEngineProps.builder().version(VERSION).build());
    ParameterGroup parameters =
        ParameterGroup.Builder.create(this, "Parameters")
            .engine(engine)
            .description("KeyHaven PostgreSQL " + props.name())
            .parameters(
                Map.of(
                    "max_connections", Integer.toString(props.maxConnections()),
                    // Clients must use TLS even inside the VPC.
                    "rds.force_ssl", "1",
                    // Statements slower than a second are logged (to CloudWatch, see below).
                    "log_min_duration_statement", "1000",
                    "log_lock_waits", "1",
                    // A connection forgotten inside a transaction must not hold locks for ever.
                    "idle_in_transaction_session_timeout", "60000"))
            .removalPolicy(props.removalPolicy())
            .build();

    // Created here, with the stage's retention, before RDS would create them without one.
    List<LogGroup> logGroups = new ArrayList<>();
    for (String log : List.of("postgresql", "upgrade")) {
      logGroups.add(
          LogGroup.Builder.create(this, "Logs-" + log)
              .logGroupName("/aws/rds/instance/" + props.name() + "/" + log)
              .retention(props.logRetention())
              .removalPolicy(props.removalPolicy())
              .build());
    }

    instance =
        DatabaseInstance.Builder.create(this, "Instance")
            .instanceIdentifier(props.name())
            .engine(engine)
            .parameterGroup(parameters)
            .instanceType(new InstanceType(props.instanceType()))
            .vpc(props.vpc())
            .vpcSubnets(Network.dataSubnets())
            .securityGroups(List.of(instanceGroup))
            .credentials(Credentials.fromSecret(props.secret()))
            .databaseName(props.databaseName())
            .port(PORT)
            .storageType(StorageType.GP3)
            .allocatedStorage(props.allocatedStorageGb())
            .maxAllocatedStorage(props.maxAllocatedStorageGb())
            .storageEncrypted(true)
            .publiclyAccessible(false)
            .multiAz(props.multiAz())
            .backupRetention(Duration.days(props.backupRetentionDays()))
            // A protected database keeps its automated backups even after it is deleted.
            .deleteAutomatedBackups(!props.deletionProtection())
            .deletionProtection(props.deletionProtection())
            .removalPolicy(props.removalPolicy())
            .autoMinorVersionUpgrade(true)
            .allowMajorVersionUpgrade(false)
            // Past the major version's standard support RDS would bill extended support silently.
            .engineLifecycleSupport(
                EngineLifecycleSupport.OPEN_SOURCE_RDS_EXTENDED_SUPPORT_DISABLED)
            .copyTagsToSnapshot(true)
            .enablePerformanceInsights(true)
            // Seven days are free of charge.
            .performanceInsightRetention(PerformanceInsightRetention.DEFAULT)
            .cloudwatchLogsExports(List.of("postgresql", "upgrade"))
            .build();
    logGroups.forEach(group -> instance.getNode().addDependency(group));

    proxy =
        instance.addProxy(
            "Proxy",
            DatabaseProxyOptions.builder()
                .dbProxyName(props.name())
                .vpc(props.vpc())
                .vpcSubnets(Network.dataSubnets())
                .securityGroups(List.of(proxyGroup))
                .secrets(List.of(instance.getSecret(), props.appSecret()))
                .requireTls(true)
                .maxConnectionsPercent(props.proxyMaxConnectionsPercent())
                .idleClientTimeout(props.proxyIdleClientTimeout())
                .borrowTimeout(props.proxyBorrowTimeout())
                .build());

    // addProxy lets the proxy reach the instance (ingress on the instance's group, egress on the
    // proxy's); what remains is who may reach the proxy.
    proxyGroup.addIngressRule(props.clients(), Port.tcp(PORT), "functions to RDS Proxy");
  }

  public DatabaseInstance instance() {
    return instance;
  }

  /** The instance identifier, the {@code DBInstanceIdentifier} dimension of its metrics. */
  public String identifier() {
    return identifier;
  }

  public DatabaseProxy proxy() {
    return proxy;
  }

  /**
   * The proxy's target group: the proxy only reaches PostgreSQL once it exists and the instance is
   * registered, so the migrations wait for it.
   */
  public IDependable proxyTarget() {
    for (IConstruct child : proxy.getNode().findAll()) {
      if (child instanceof CfnResource resource
          && CfnDBProxyTargetGroup.CFN_RESOURCE_TYPE_NAME.equals(resource.getCfnResourceType())) {
        return resource;
      }
    }
    throw new IllegalStateException("RDS Proxy without a target group");
  }

  /** Where the functions connect ({@code KEYHAVEN_DB_HOST}). */
  public String proxyEndpoint() {
    return proxy.getEndpoint();
  }

  /** The credentials secret, with host and port attached once the instance exists. */
  public ISecret secret() {
    return instance.getSecret();
  }

  public String databaseName() {
    return databaseName;
  }
}
