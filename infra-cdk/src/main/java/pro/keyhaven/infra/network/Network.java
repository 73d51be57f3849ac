package pro.keyhaven.infra.network;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * The VPC: isolated subnets for the data stores, private subnets with egress for the functions
 * (Stripe, GitHub, Resend and the LLM are on the internet), and VPC endpoints so that calls to
 * Secrets Manager, KMS and S3 never take the NAT path.
 */
public class Network extends Construct {

  /**
   * @param availabilityZones named explicitly so that synthesis needs no AZ lookup
   * @param natGateways one is enough for dev; one per AZ keeps prod up when an AZ fails
   */
  public record Props(List<String> availabilityZones, int natGateways, String cidr) {
    public static Props of(List<String> availabilityZones, int natGateways) {
      return new Props(availabilityZones, natGateways, "10.40.0.0/16");
    }
  }

  private final Vpc vpc;
  private final SecurityGroup functionsSecurityGroup;

  public Network(Construct scope, String id, Props props) {
    super(scope, id);
    vpc =
        Vpc.Builder.create(this, "Vpc")
            .ipAddresses(IpAddresses.cidr(props.cidr()))
            .availabilityZones(props.availabilityZones())
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
    // Named on purpose (see Props): asking AWS which AZs exist would make synthesis go online.
    Validations.of(vpc)
        .acknowledge(
            Acknowledgment.builder()
                .id("CloudFormation-Validate::W3010")
                .reason("AZs are named so that synthesis stays offline")
                .build());
    vpc.addInterfaceEndpoint(
        "SecretsManager", endpoint(InterfaceVpcEndpointAwsService.SECRETS_MANAGER));
    vpc.addInterfaceEndpoint("Kms", endpoint(InterfaceVpcEndpointAwsService.KMS));

    functionsSecurityGroup =
        SecurityGroup.Builder.create(this, "FunctionsSecurityGroup")
            .vpc(vpc)
            .description("KeyHaven Lambda functions")
            // Outbound HTTPS to Stripe, GitHub, Resend, the LLM and the CVE feed.
            .allowAllOutbound(true)
            .build();
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
        .build();
  }
}
