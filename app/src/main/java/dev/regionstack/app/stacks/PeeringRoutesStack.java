package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.network.PeerRoutes;
import dev.regionstack.platform.network.PeerRoutesProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

import java.util.List;

/**
 * The accepter side of a region's peerings: routes to each region earlier in file order (construct
 * {@code From-<peer>}), through the connection that region's {@link PeeringStack} requested and published to SSM.
 * Deploy order: after the earlier regions' peering stacks. Not needed for the first region in file order.
 */
public final class PeeringRoutesStack extends Stack {
    public PeeringRoutesStack(Construct scope, String id, StackProps props, Deployment deployment) {
        super(scope, id, props);
        if (!needed(deployment)) {
            throw new IllegalArgumentException(deployment.key() + " is the first region of environment "
                    + deployment.environment() + " in file order: it accepts no peering");
        }
        List<String> routeTables = PeeringStack.routeTables(this, deployment);
        for (String peer : earlier(deployment)) {
            String connectionId = new CrossRegionParameter(this, "ConnectionId-" + peer, new CrossRegionParameterProps(
                    PeeringStack.connectionIdParameter(deployment, peer, deployment.region()), peer)).value();
            new PeerRoutes(this, "From-" + peer, new PeerRoutesProps(routeTables, deployment.peerCidrs().get(peer), connectionId));
        }
    }

    /** Whether some region of the environment comes before this one in file order (and so requested a peering to it). */
    public static boolean needed(Deployment deployment) { return !earlier(deployment).isEmpty(); }

    static List<String> earlier(Deployment deployment) {
        List<String> regions = deployment.environmentRegions();
        return regions.subList(0, regions.indexOf(deployment.region()));
    }
}
