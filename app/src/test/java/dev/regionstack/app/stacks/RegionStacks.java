package dev.regionstack.app.stacks;

import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.App;

import java.util.List;

/**
 * One region's stacks of this layer set, built in one app the way an assembler would: {@code peering},
 * {@code peeringRoutes} and {@code data} are null where the region has no such stack.
 */
record RegionStacks(Deployment deployment, SecurityStack security, NetworkStack network, PeeringStack peering,
                    PeeringRoutesStack peeringRoutes, DataStack data) {

    static RegionStacks build(App app, Deployment d) {
        String prefix = d.project() + "-" + d.environment() + "-" + d.region() + "-";
        SecurityStack security = new SecurityStack(app, prefix + "security", TestDeployments.props(d), d);
        NetworkStack network = new NetworkStack(app, prefix + "network", TestDeployments.props(d), d);
        PeeringStack peering = PeeringStack.needed(d) ? new PeeringStack(app, prefix + "peering", TestDeployments.props(d), d) : null;
        PeeringRoutesStack routes = PeeringRoutesStack.needed(d)
                ? new PeeringRoutesStack(app, prefix + "peering-routes", TestDeployments.props(d), d) : null;
        DataStack data = LayerSelection.hasDataStack(d)
                ? new DataStack(app, prefix + "data", TestDeployments.props(d), d, network.vpc(), security.key()) : null;
        return new RegionStacks(d, security, network, peering, routes, data);
    }

    static List<RegionStacks> buildAll(List<Deployment> deployments) {
        App app = TestDeployments.app();
        return deployments.stream().map(d -> build(app, d)).toList();
    }
}
