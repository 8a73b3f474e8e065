package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.PeeringStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.List;
import java.util.Optional;

/** The peering connections a region requests: to the regions after it in file order. */
public final class PeeringLayer implements RegionalLayer {
    PeeringLayer() {}

    @Override public Layer layer() { return Layer.PEERING; }

    @Override public Optional<Component> component() { return Optional.of(Component.NETWORK); }

    @Override
    public boolean present(Deployment d) {
        return d.settings().has(Component.NETWORK)
                && d.environmentRegions().indexOf(d.region()) < d.environmentRegions().size() - 1;
    }

    @Override
    public void waits(RegionalPlanning p) {
        List<String> regions = p.deployment().environmentRegions();
        String r = p.region();
        for (String region : regions.subList(regions.indexOf(r), regions.size())) {
            p.waits().on(region, Layer.NETWORK, region.equals(r)
                    ? "peers this region's VPC"
                    : "reads the " + region + " VPC id from SSM Parameter Store there");
        }
    }

    @Override
    public Stack build(RegionalBuild b) { return new PeeringStack(b.scope(), b.id(), b.props(), b.deployment()); }
}
