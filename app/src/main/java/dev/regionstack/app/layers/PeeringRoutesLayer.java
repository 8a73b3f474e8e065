package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.PeeringRoutesStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.List;
import java.util.Optional;

/** Routes back through the connections the earlier regions requested. */
public final class PeeringRoutesLayer implements RegionalLayer {
    PeeringRoutesLayer() {}

    @Override public Layer layer() { return Layer.PEERING_ROUTES; }

    @Override public Optional<Component> component() { return Optional.of(Component.NETWORK); }

    @Override
    public boolean present(Deployment d) {
        return d.settings().has(Component.NETWORK) && d.environmentRegions().indexOf(d.region()) > 0;
    }

    @Override
    public void waits(RegionalPlanning p) {
        List<String> regions = p.deployment().environmentRegions();
        String r = p.region();
        p.waits().on(r, Layer.NETWORK, "routes go into this region's route tables");
        for (String region : regions.subList(0, regions.indexOf(r))) {
            p.waits().on(region, Layer.PEERING, "reads the id of the connection " + region + " requested from SSM there");
        }
    }

    @Override
    public Stack build(RegionalBuild b) { return new PeeringRoutesStack(b.scope(), b.id(), b.props(), b.deployment()); }
}
