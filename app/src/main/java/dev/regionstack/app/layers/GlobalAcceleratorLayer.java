package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.GlobalAcceleratorStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** Global Accelerator over the regional load balancers (part of {@code edge}). */
public final class GlobalAcceleratorLayer implements GlobalLayer {
    GlobalAcceleratorLayer() {}

    @Override public Layer layer() { return Layer.GLOBAL_ACCELERATOR; }

    @Override public Optional<Component> component() { return Optional.of(Component.EDGE); }

    @Override public boolean present(Fleet fleet, Environment e) { return e.settings().has(Component.EDGE); }

    @Override
    public void waits(GlobalPlanning p) {
        p.waitForEveryLoadBalancer();
    }

    @Override
    public Stack build(GlobalBuild b) {
        return new GlobalAcceleratorStack(b.scope(), b.id(), b.props(), b.fleet().project(), b.environment(), b.dns());
    }
}
