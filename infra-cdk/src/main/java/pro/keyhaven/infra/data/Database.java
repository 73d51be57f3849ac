package pro.keyhaven.infra.data;

import java.util.List;
import pro.keyhaven.infra.network.Network;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * RDS PostgreSQL in the isolated subnets, reached only through RDS Proxy: every Lambda invocation
 * opens short-lived connections, and the proxy pools them so PostgreSQL does not run out.
 */
public class Database extends Construct {

  /**
   * @param name physical name of the proxy, unique per account and region
   * @param clients the security group whose members may connect (the functions)
   * @param secret JSON secret with username and password (the master user)
   */
  public record Props(
      String name,
      IVpc vpc,
      ISecurityGroup clients,
      ISecret secret,
      String databaseName,
      String instanceType,
      int allocatedStorageGb,
      int maxAllocatedStorageGb,
      boolean multiAz,
      int backupRetentionDays,
      boolean deletionProtection,
      RemovalPolicy removalPolicy) {}

  /** PostgreSQL's port, fixed so that the function environment can name it. */
  public static final int PORT = 5432;

  private final DatabaseInstance instance;
  private final DatabaseProxy proxy;
  private final String databaseName;

  public Database(Construct scope, String id, Props props) {
    super(scope, id);
    databaseName = props.databaseName();
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

    instance =
        DatabaseInstance.Builder.create(this, "Instance")
            .engine(
                DatabaseInstanceEngine.postgres(
                    PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.VER_17_6)
                        .build()))
            .instanceType(new InstanceType(props.instanceType()))
            .vpc(props.vpc())
            .vpcSubnets(Network.dataSubnets())
            .securityGroups(List.of(instanceGroup))
            .credentials(Credentials.fromSecret(props.secret()))
            .databaseName(props.databaseName())
            .port(PORT)
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
            .copyTagsToSnapshot(true)
            .build();

    proxy =
        instance.addProxy(
            "Proxy",
            DatabaseProxyOptions.builder()
                .dbProxyName(props.name())
                .vpc(props.vpc())
                .vpcSubnets(Network.dataSubnets())
                .securityGroups(List.of(proxyGroup))
                .secrets(List.of(instance.getSecret()))
                .requireTls(true)
                // Lambdas hold a connection for one request; a short idle timeout frees them.
                .idleClientTimeout(Duration.minutes(5))
                .borrowTimeout(Duration.seconds(30))
                .build());

    proxyGroup.addIngressRule(props.clients(), Port.tcp(PORT), "functions to RDS Proxy");
    proxyGroup.addEgressRule(instanceGroup, Port.tcp(PORT), "RDS Proxy to PostgreSQL");
    instanceGroup.addIngressRule(proxyGroup, Port.tcp(PORT), "RDS Proxy to PostgreSQL");
  }

  public DatabaseInstance instance() {
    return instance;
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
