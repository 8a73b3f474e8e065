package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.NatGateways;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.network.RegionalNetwork;
import dev.regionstack.platform.network.RegionalNetworkProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.List;

/**
 * A region's network layer: the VPC (see {@link RegionalNetwork}) with NAT per the sizing and flow logs encrypted
 * with the region's key, whose ARN it reads from the SSM parameter the region's {@link SecurityStack} publishes
 * (so, when the region has the security component, its security stack deploys first). It publishes the VPC id and the route tables of the
 * private and isolated tiers to SSM for {@link PeeringStack}, and the isolated subnets for {@link DataStack}.
 */
public final class NetworkStack extends Stack {
    static final String LAYER = "network";

    private final IVpc vpc;

    public NetworkStack(Construct scope, String id, StackProps props, Deployment deployment) {
        super(scope, id, props);
        var sizing = deployment.settings().sizing();
        // The network needs no security layer (spec: network needs nothing); without one, CloudWatch Logs' own encryption.
        IKey flowLogKey = deployment.settings().has(Component.SECURITY)
                ? Key.fromKeyArn(this, "FlowLogKey",
                        StringParameter.valueForStringParameter(this, SecurityStack.keyArnParameter(deployment, deployment.region())))
                : null;
        RegionalNetwork network = new RegionalNetwork(this, "Vpc", RegionalNetworkProps.builder()
                .cidr(deployment.cidr())
                .availabilityZones(deployment.zones())
                .natGatewayPerZone(deployment.settings().knobs().natGateways() == NatGateways.PER_ZONE)
                .flowLogRetention(LogRetention.of(deployment.settings().knobs().logRetentionDays()))
                .flowLogKey(flowLogKey)
                .removalPolicy(Removal.of(sizing.retainData()))
                .build());
        vpc = network.vpc();

        StringParameter.Builder.create(this, "VpcIdParameter")
                .parameterName(vpcIdParameter(deployment, deployment.region()))
                .stringValue(vpc.getVpcId())
                .build();
        StringParameter.Builder.create(this, "RouteTablesParameter")
                .parameterName(routeTablesParameter(deployment))
                .stringValue(Fn.join(",", network.peeringRouteTableIds()))
                .description("Route tables of the private and isolated tiers, comma-separated")
                .build();

        StringParameter.Builder.create(this, "IsolatedSubnetsParameter")
                .parameterName(isolatedSubnetsParameter(deployment))
                .stringValue(joinIds(vpc.getIsolatedSubnets()))
                .description("Isolated (data tier) subnets in zone order, comma-separated")
                .build();

        CfnOutput.Builder.create(this, "VpcId").value(vpc.getVpcId()).build();
        CfnOutput.Builder.create(this, "PublicSubnetIds").value(joinIds(vpc.getPublicSubnets())).build();
        CfnOutput.Builder.create(this, "PrivateSubnetIds").value(joinIds(vpc.getPrivateSubnets())).build();
        CfnOutput.Builder.create(this, "IsolatedSubnetIds").value(joinIds(vpc.getIsolatedSubnets())).build();
    }

    public IVpc vpc() { return vpc; }

    /** The SSM parameter holding the VPC id of {@code region}. */
    public static String vpcIdParameter(Deployment deployment, String region) {
        return ParameterNames.of(deployment.project(), deployment.environment(), region, LAYER, "vpc-id");
    }

    /** The SSM parameter (in the deployment's own region) listing the route tables that get peering routes. */
    public static String routeTablesParameter(Deployment deployment) {
        return ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, "peering-route-table-ids");
    }

    /** The SSM parameter (in the deployment's own region) listing the isolated subnets, one per zone in zone order. */
    public static String isolatedSubnetsParameter(Deployment deployment) {
        return ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, "isolated-subnet-ids");
    }

    /** Route tables listed in {@link #routeTablesParameter}: one private and one isolated per zone. */
    static int routeTableCount(Deployment deployment) { return 2 * deployment.zones().size(); }

    private static String joinIds(List<ISubnet> subnets) {
        return Fn.join(",", subnets.stream().map(ISubnet::getSubnetId).toList());
    }
}
