package pro.keyhaven.infra.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The VPC: isolated subnets for the data stores, private subnets with egress for the functions
 * (Stripe, GitHub, Resend and the LLM are on the internet), and VPC endpoints so that calls to
 * Secrets Manager, KMS and S3 never take the NAT path.
 */
public class Network extends Construct {

  /**
   * @param availabilityZones from context ({@code -c azs=...}); empty means the account's own, by
   *     lookup (the CLI asks AWS once and keeps the answer in cdk.context.json)
   * @param natGateways one is enough for dev; one per AZ keeps prod up when an AZ fails
   * @param flowLogs where the VPC flow logs go
   */
  public record Props(
      Optional<List<String>> availabilityZones, int natGateways, String cidr, IBucket flowLogs) {
    public static Props of(
        Optional<List<String>> availabilityZones, int natGateways, IBucket flowLogs) {
      return new Props(availabilityZones, natGateways, "10.40.0.0/16", flowLogs);
    }
  }

  /** AZs used when none are named. */
  public static final int MAX_AZS = 2;

  private final Vpc vpc;
  private final SecurityGroup functionsSecurityGroup;

  public Network(Construct scope, String id, Props props) {
    super(scope, id);
    Vpc.Builder builder =
        Vpc.Builder.create(this, "Vpc").ipAddresses(IpAddresses.cidr(props.cidr()));
    props
        .availabilityZones()
        .ifPresentOrElse(builder::availabilityZones, () -> builder.maxAzs(MAX_AZS));
    vpc =
        builder
            .natGateways(props.natGateways())
            .restrictDefaultSecurityGroup(true)
            .subnetConfiguration(
                List.of(
                    subnet("public", SubnetType.PUBLIC, 24),
                    subnet("functions", SubnetType.PRIVATE_WITH_EGRESS, 22),
                    subnet("data", SubnetType.PRIVATE_ISOLATED, 24)))
            .gatewayEndpoints(
                Map.of(
                    "S3",
                    GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3)
                        .subnets(List.of(functionSubnets()))
                        .build()))
            .build();
    // The AZ names come from context or from the account's lookup, never from a guess.
    Validations.of(vpc)
        .acknowledge(
            Acknowledgment.builder()
                .id("CloudFormation-Validate::W3010")
                .reason("AZ names come from context or the account's own lookup")
                .build());
    vpc.addFlowLog(
        "FlowLogs",
        FlowLogOptions.builder()
            .destination(FlowLogDestination.toS3(props.flowLogs(), "vpc/"))
            // Rejected traffic is what an investigation needs; all traffic would cost more.
            .trafficType(FlowLogTrafficType.REJECT)
            .build());
    functionsSecurityGroup =
        SecurityGroup.Builder.create(this, "FunctionsSecurityGroup")
            .vpc(vpc)
            .description("KeyHaven Lambda functions")
            // Outbound HTTPS to Stripe, GitHub, Resend, the LLM and the CVE feed.
            .allowAllOutbound(true)
            .build();
    // The endpoints admit the functions only, not the whole VPC.
    for (var service :
        Map.of(
                "SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
                "Kms", InterfaceVpcEndpointAwsService.KMS)
            .entrySet()) {
      InterfaceVpcEndpoint endpoint =
          vpc.addInterfaceEndpoint(service.getKey(), endpoint(service.getValue()));
      endpoint
          .getConnections()
          .allowDefaultPortFrom(functionsSecurityGroup, "functions to " + service.getKey());
    }
  }

  public IVpc vpc() {
    return vpc;
  }

  /** The one group every function runs in; the data stores admit it and nothing else. */
  public ISecurityGroup functionsSecurityGroup() {
    return functionsSecurityGroup;
  }

  public static SubnetSelection functionSubnets() {
    return SubnetSelection.builder().subnetGroupName("functions").build();
  }

  public static SubnetSelection dataSubnets() {
    return SubnetSelection.builder().subnetGroupName("data").build();
  }

  private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
    return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(cidrMask).build();
  }

  private static InterfaceVpcEndpointOptions endpoint(InterfaceVpcEndpointAwsService service) {
    return InterfaceVpcEndpointOptions.builder()
        .service(service)
        .subnets(functionSubnets())
        .privateDnsEnabled(true)
        .open(false)
        .build();
  }
}
