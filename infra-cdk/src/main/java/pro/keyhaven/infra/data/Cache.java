package pro.keyhaven.infra.data;

import java.util.List;
import pro.keyhaven.infra.network.Network;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * ElastiCache Redis for rate limits, usage counters and short-lived caches: a replication group,
 * encrypted in transit and at rest, with its AUTH token resolved from Secrets Manager at deploy
 * time so that it never appears in the template.
 *
 * <p>No retain policy even in prod: losing Redis loses no data (see docs/design.md).
 */
public class Cache extends Construct {

  /**
   * @param nodes 1 is a lone primary; 2 or more adds replicas in other AZs with automatic failover
   */
  public record Props(
      IVpc vpc,
      ISecurityGroup clients,
      ISecret authToken,
      String nodeType,
      int nodes,
      int snapshotRetentionDays,
      String engineVersion) {

    public static Props of(
        IVpc vpc,
        ISecurityGroup clients,
        ISecret authToken,
        String nodeType,
        int nodes,
        int snapshotRetentionDays) {
      return new Props(vpc, clients, authToken, nodeType, nodes, snapshotRetentionDays, "7.1");
    }
  }

  public static final int PORT = 6379;

  private final CfnReplicationGroup replicationGroup;
  private final int nodes;

  public Cache(Construct scope, String id, Props props) {
    super(scope, id);
    SecurityGroup group =
        SecurityGroup.Builder.create(this, "SecurityGroup")
            .vpc(props.vpc())
            .description("KeyHaven Redis: only the functions may connect")
            .allowAllOutbound(false)
            .build();
    group.addIngressRule(props.clients(), Port.tcp(PORT), "functions to Redis");

    CfnSubnetGroup subnets =
        CfnSubnetGroup.Builder.create(this, "Subnets")
            .description("KeyHaven Redis (isolated data subnets)")
            .subnetIds(props.vpc().selectSubnets(Network.dataSubnets()).getSubnetIds())
            .build();

    nodes = props.nodes();
    boolean replicated = props.nodes() > 1;
    replicationGroup =
        CfnReplicationGroup.Builder.create(this, "ReplicationGroup")
            .replicationGroupDescription("KeyHaven rate limits, usage counters and caches")
            .engine("redis")
            .engineVersion(props.engineVersion())
            .cacheNodeType(props.nodeType())
            .numCacheClusters(props.nodes())
            .automaticFailoverEnabled(replicated)
            .multiAzEnabled(replicated)
            .port(PORT)
            .cacheSubnetGroupName(subnets.getRef())
            .securityGroupIds(List.of(group.getSecurityGroupId()))
            .atRestEncryptionEnabled(true)
            .transitEncryptionEnabled(true)
            .authToken(props.authToken().getSecretValue().unsafeUnwrap())
            .snapshotRetentionLimit(props.snapshotRetentionDays())
            .autoMinorVersionUpgrade(true)
            .build();
  }

  /** The primary endpoint ({@code KEYHAVEN_REDIS_HOST}). */
  public String host() {
    return replicationGroup.getAttrPrimaryEndPointAddress();
  }

  public String port() {
    return replicationGroup.getAttrPrimaryEndPointPort();
  }

  /** The nodes' cache cluster ids ({@code <group>-001}, ...), the dimension of their metrics. */
  public List<String> nodeIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= nodes; i++) {
      ids.add(Fn.join("", List.of(replicationGroup.getRef(), String.format("-%03d", i))));
    }
    return ids;
  }
}
