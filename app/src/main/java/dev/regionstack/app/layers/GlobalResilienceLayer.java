package dev.regionstack.app.layers;

import dev.regionstack.app.resilience.ResilienceAssessment;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.stacks.GlobalResilienceStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * The environment's ARC Region switch plans. No component of its own: an environment of two regions or more with
 * something to move (the service, or the Aurora writer) gets them ({@link LayerSelection#hasResilience}).
 */
public final class GlobalResilienceLayer implements GlobalLayer {
    GlobalResilienceLayer() {}

    @Override public Layer layer() { return Layer.GLOBAL_RESILIENCE; }

    @Override public Optional<Component> component() { return Optional.empty(); }

    @Override public boolean present(Fleet fleet, Environment e) { return LayerSelection.hasResilience(e); }

    @Override
    public void waits(GlobalPlanning p) {
        for (Deployment d : p.environment().deployments()) {
            p.waits().on(d.region(), Layer.APP, "reads the " + d.region() + " ECS service from SSM Parameter Store there");
            if (d.settings().data().aurora().isPresent()) p.waits().on(d.region(), Layer.DATA, "switches the writer to the Aurora cluster there");
            p.waits().on(d.region(), Layer.OBSERVABILITY, "watches the " + d.region() + " alarms");
        }
    }

    @Override
    public Stack build(GlobalBuild b) {
        Environment e = b.environment();
        return new GlobalResilienceStack(b.scope(), b.id(), b.props(), b.fleet(), e,
                ResilienceAssessment.approach(b.fleet(), e).equals("activePassive"), ResilienceAssessment.rtoMinutes(e));
    }
}
