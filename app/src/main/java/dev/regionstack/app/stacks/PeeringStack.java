package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.network.VpcPeering;
import dev.regionstack.platform.network.VpcPeeringProps;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

import java.util.List;

/**
 * The peering connections a region requests: for each pair of regions of the environment, the one earlier in file
 * order requests the peering (construct {@code To-<peer>}), adds its routes and publishes the connection id to SSM.
 * The later region's routes back go in its {@link PeeringRoutesStack}, which reads that id. Splitting the two sides
 * keeps the rollout at two waves (requests, then routes) whatever the number of regions.
 *
 * <p>VPC ids and route tables come from SSM parameters of the {@link NetworkStack}s, never from exports.
 * Deploy order: every region's network stack first. Not needed for the last region in file order
 * ({@link #needed(Deployment)}).
 */
public final class PeeringStack extends Stack {
    static final String LAYER = "peering";

    public PeeringStack(Construct scope, String id, StackProps props, Deployment deployment) {
        super(scope, id, props);
        if (!needed(deployment)) {
            throw new IllegalArgumentException(deployment.key() + " is the last region of environment "
                    + deployment.environment() + " in file order: it requests no peering");
        }
        String vpcId = StringParameter.valueForStringParameter(this, NetworkStack.vpcIdParameter(deployment, deployment.region()));
        List<String> routeTables = routeTables(this, deployment);
        for (String peer : later(deployment)) {
            String peerCidr = deployment.peerCidrs().get(peer);
            String peerVpcId = new CrossRegionParameter(this, "PeerVpcId-" + peer, new CrossRegionParameterProps(
                    NetworkStack.vpcIdParameter(deployment, peer), peer)).value();
            VpcPeering peering = new VpcPeering(this, "To-" + peer,
                    new VpcPeeringProps(vpcId, routeTables, peerVpcId, peer, peerCidr));
            StringParameter.Builder.create(this, "ConnectionIdParameter-" + peer)
                    .parameterName(connectionIdParameter(deployment, deployment.region(), peer))
                    .stringValue(peering.connectionId())
                    .build();
            CfnOutput.Builder.create(this, "PeeringTo" + peer.replace("-", "")).value(peering.connectionId()).build();
        }
    }

    /** Whether the deployment requests peerings: some region of its environment comes after it in file order. */
    public static boolean needed(Deployment deployment) { return !later(deployment).isEmpty(); }

    /** Regions after this one in file order: it requests a peering to each. */
    static List<String> later(Deployment deployment) {
        List<String> regions = deployment.environmentRegions();
        return regions.subList(regions.indexOf(deployment.region()) + 1, regions.size());
    }

    /** This region's private and isolated route tables, read from the network stack's SSM parameter. */
    static List<String> routeTables(Stack stack, Deployment deployment) {
        return Fn.split(",", StringParameter.valueForStringParameter(stack, NetworkStack.routeTablesParameter(deployment)),
                NetworkStack.routeTableCount(deployment));
    }

    /** The SSM parameter, in {@code requesterRegion}, holding the id of its peering connection to {@code accepterRegion}. */
    public static String connectionIdParameter(Deployment deployment, String requesterRegion, String accepterRegion) {
        return ParameterNames.of(deployment.project(), deployment.environment(), requesterRegion, LAYER, "connection-" + accepterRegion);
    }
}
