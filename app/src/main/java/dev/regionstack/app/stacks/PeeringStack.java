package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.network.PeerRoutes;
import dev.regionstack.platform.network.PeerRoutesProps;
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
 * A region's side of the full mesh of VPC peerings of its environment. For each pair of regions, the one earlier
 * in file order requests the peering (construct {@code To-<peer>}), adds its routes and publishes the connection
 * id; the later one reads that id from SSM in the earlier region and adds its routes ({@code From-<peer>}).
 * Routes for each peer CIDR go into the private and isolated tiers.
 *
 * <p>VPC ids and route tables come from SSM parameters of the {@link NetworkStack}s, never from exports.
 * Deploy order: every region's network stack, then the peering stacks one at a time in file order
 * (each reads the connection ids published by the earlier regions' peering stacks). Not needed for an
 * environment of one region ({@link #needed(Deployment)}).
 */
public final class PeeringStack extends Stack {
    static final String LAYER = "peering";

    public PeeringStack(Construct scope, String id, StackProps props, Deployment deployment) {
        super(scope, id, props);
        if (!needed(deployment)) {
            throw new IllegalArgumentException("environment " + deployment.environment()
                    + " has one region: it needs no peering stack");
        }
        String vpcId = StringParameter.valueForStringParameter(this, NetworkStack.vpcIdParameter(deployment, deployment.region()));
        List<String> routeTables = Fn.split(",",
                StringParameter.valueForStringParameter(this, NetworkStack.routeTablesParameter(deployment)),
                NetworkStack.routeTableCount(deployment));
        List<String> regions = deployment.environmentRegions();
        int self = regions.indexOf(deployment.region());
        for (int i = 0; i < regions.size(); i++) {
            String peer = regions.get(i);
            String peerCidr = deployment.peerCidrs().get(peer);
            if (i < self) {
                String connectionId = new CrossRegionParameter(this, "ConnectionId-" + peer, new CrossRegionParameterProps(
                        connectionIdParameter(deployment, peer, deployment.region()), peer)).value();
                new PeerRoutes(this, "From-" + peer, new PeerRoutesProps(routeTables, peerCidr, connectionId));
            } else if (i > self) {
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
    }

    /** Whether the deployment's environment has other regions to peer with. */
    public static boolean needed(Deployment deployment) { return !deployment.otherRegions().isEmpty(); }

    /** The SSM parameter, in {@code requesterRegion}, holding the id of its peering connection to {@code accepterRegion}. */
    public static String connectionIdParameter(Deployment deployment, String requesterRegion, String accepterRegion) {
        return ParameterNames.of(deployment.project(), deployment.environment(), requesterRegion, LAYER, "connection-" + accepterRegion);
    }
}
