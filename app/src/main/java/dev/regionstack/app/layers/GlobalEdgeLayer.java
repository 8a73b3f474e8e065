package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.stacks.GlobalEdgeStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** CloudFront over the regional load balancers, with its CLOUDFRONT-scope web ACL and certificate. */
public final class GlobalEdgeLayer implements GlobalLayer {
    GlobalEdgeLayer() {}

    @Override public Layer layer() { return Layer.GLOBAL_EDGE; }

    @Override public Optional<Component> component() { return Optional.of(Component.EDGE); }

    @Override public boolean present(Fleet fleet, Environment e) { return e.settings().has(Component.EDGE); }

    @Override
    public void waits(GlobalPlanning p) {
        p.waitForEveryLoadBalancer();
        if (p.globals().contains(Layer.GLOBAL_DNS)) {
            p.waits().onStack(StackNames.of(p.fleet().project(), p.environment().name(), null, Layer.GLOBAL_DNS),
                    "CloudFront's origins are the regional names that the DNS stack creates");
        }
    }

    /** With dns, the edge serves the regional names the dns layer creates; without that layer, the ALBs' own names. */
    @Override
    public Stack build(GlobalBuild b) {
        return new GlobalEdgeStack(b.scope(), b.id(), b.props(), b.fleet().project(), b.environment(), b.dns());
    }
}
