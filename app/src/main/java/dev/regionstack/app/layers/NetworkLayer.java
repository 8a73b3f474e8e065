package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.NetworkStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The region's VPC: public, private and isolated tiers, NAT, endpoints, flow logs. */
public final class NetworkLayer implements RegionalLayer {
    NetworkLayer() {}

    @Override public Layer layer() { return Layer.NETWORK; }

    @Override public Optional<Component> component() { return Optional.of(Component.NETWORK); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.NETWORK); }

    @Override
    public void waits(RegionalPlanning p) {
        p.waits().on(p.region(), Layer.SECURITY, "flow logs are encrypted with this region's key (its ARN is read from SSM)");
    }

    @Override
    public Stack build(RegionalBuild b) { return new NetworkStack(b.scope(), b.id(), b.props(), b.deployment()); }
}
