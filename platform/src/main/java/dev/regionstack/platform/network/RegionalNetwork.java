package dev.regionstack.platform.network;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.stream.Stream;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * A region's VPC: three tiers over the given zones (public /24, private app tier with egress through NAT,
 * isolated data tier), gateway endpoints for S3 and DynamoDB, interface endpoints for ECR, CloudWatch Logs
 * and Secrets Manager in the private tier, and flow logs of all traffic to a CloudWatch log group.
 *
 * <p>Subnet sizes follow the VPC prefix so that every allowed CIDR (/16 to /20) fits three zones:
 * private subnets get prefix+3 (1/8 of the VPC each), isolated subnets prefix+5 (1/32 each).
 */
public final class RegionalNetwork extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    private final Vpc vpc;

    public RegionalNetwork(Construct scope, String id, RegionalNetworkProps props) {
        super(scope, id);
        suppressions = SUPPRESSIONS;
        int prefix = Integer.parseInt(props.cidr().substring(props.cidr().indexOf('/') + 1));
        if (prefix < 16 || prefix > 20) {
            throw new IllegalArgumentException("cidr must have a prefix from /16 to /20, got " + props.cidr());
        }
        vpc = Vpc.Builder.create(this, "Resource")
                .ipAddresses(IpAddresses.cidr(props.cidr()))
                .availabilityZones(props.availabilityZones())
                .natGateways(props.natGateways())
                // Nothing uses the default security group; strip its rules (a small custom resource at deploy time).
                .restrictDefaultSecurityGroup(true)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("Public").subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("Private").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(prefix + 3).build(),
                        SubnetConfiguration.builder().name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(prefix + 5).build()))
                // sorted: Map.of iterates in a different order in every JVM, and synth must give the same bytes
                .gatewayEndpoints(new java.util.TreeMap<>(java.util.Map.of(
                        "S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build(),
                        "DynamoDb", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.DYNAMODB).build())))
                .build();
        // Subnets name their zones on purpose: the fleet file lists them, so synth is offline and deterministic.
        software.amazon.awscdk.Validations.of(vpc).acknowledge(software.amazon.awscdk.Acknowledgment.builder()
                .id("CloudFormation-Validate::W3010")
                .reason("The zones come from the fleet file, so that synth needs no lookup and is deterministic.")
                .build());

        SubnetSelection privateTier = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
        interfaceEndpoint("EcrApi", InterfaceVpcEndpointAwsService.ECR, privateTier);
        interfaceEndpoint("EcrDocker", InterfaceVpcEndpointAwsService.ECR_DOCKER, privateTier);
        interfaceEndpoint("Logs", InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS, privateTier);
        interfaceEndpoint("SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER, privateTier);

        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(props.flowLogRetention())
                .encryptionKey(props.flowLogKey())
                .removalPolicy(props.removalPolicy())
                .build();
        vpc.addFlowLog("FlowLog", FlowLogOptions.builder()
                .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                .trafficType(FlowLogTrafficType.ALL)
                .build());
    }

    private void interfaceEndpoint(String id, InterfaceVpcEndpointAwsService service, SubnetSelection subnets) {
        vpc.addInterfaceEndpoint(id, InterfaceVpcEndpointOptions.builder()
                .service(service).subnets(subnets).privateDnsEnabled(true).build());
    }

    public IVpc vpc() { return vpc; }

    /**
     * Route tables of the private (app) and isolated (data) tiers, private first, each in zone order:
     * where routes to peered VPCs go.
     */
    public List<String> peeringRouteTableIds() {
        return Stream.concat(vpc.getPrivateSubnets().stream(), vpc.getIsolatedSubnets().stream())
                .map(ISubnet::getRouteTable).map(rt -> rt.getRouteTableId()).toList();
    }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    private static final List<SuppressionRule> SUPPRESSIONS = List.of(
            on("AWS::EC2::Subnet", "Resource/PublicSubnet\\d+/Subnet", of(NIST + "VPCSubnetAutoAssignPublicIpDisabled",
                    "The public tier holds only the internet-facing load balancer and the NAT gateways, which need public addresses; services run in the private tier.")),
            on("AWS::EC2::Route", "Resource/PublicSubnet\\d+/DefaultRoute", of(NIST + "VPCNoUnrestrictedRouteToIGW",
                    "The public tier's default route to the internet gateway is what makes it public: the load balancer and NAT gateways need it.")),
            on("AWS::EC2::SecurityGroup", "Resource/\\w+/SecurityGroup/Resource", of("CdkNagValidationFailure",
                    "The interface endpoints accept HTTPS from the VPC's own CIDR block, a Fn::GetAtt the packs cannot evaluate; no rule is open to the world.")),
            on("AWS::IAM::Policy", "Resource/FlowLog/IAMRole/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy",
                    "CDK writes the flow log role's inline policy, scoped to the one flow log group it delivers to.")));
}
