package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.ObservabilityStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.List;
import java.util.Optional;

/**
 * The region's alarms and dashboard over what the other layers hold, named in plain strings (never tokens of other
 * stacks, which would become imports): each layer says what of it is watched ({@link RegionalLayer#observe}).
 */
public final class ObservabilityLayer implements RegionalLayer {
    ObservabilityLayer() {}

    @Override public Layer layer() { return Layer.OBSERVABILITY; }

    @Override public Optional<Component> component() { return Optional.of(Component.OBSERVABILITY); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.OBSERVABILITY); }

    @Override
    public void waits(RegionalPlanning p) {
        String r = p.region();
        for (Layer watched : List.of(Layer.DATA, Layer.MESSAGING, Layer.APP, Layer.API)) {
            p.waits().on(r, watched, "alarms watch its resources");
        }
        if (!p.deployment().primary() && p.deployment().settings().has(Component.DATA)) p.waitForTableReplica("alarms watch");
    }

    @Override
    public Stack build(RegionalBuild b) {
        ObservedResources o = ObservedResources.NONE;
        for (RegionalLayer layer : LayerSpecs.regional()) o = layer.observe(b.deployment(), b.built(), o);
        return new ObservabilityStack(b.scope(), b.id(), b.props(), b.deployment(), o);
    }
}
