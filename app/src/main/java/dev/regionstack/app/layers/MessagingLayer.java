package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.MessagingStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.SecurityAlerts;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The region's queues, alert topic and event stream (with its Firehose delivery). */
public final class MessagingLayer implements RegionalLayer {
    MessagingLayer() {}

    @Override public Layer layer() { return Layer.MESSAGING; }

    @Override public Optional<Component> component() { return Optional.of(Component.MESSAGING); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.MESSAGING); }

    @Override
    public void waits(RegionalPlanning p) {
        Deployment d = p.deployment();
        String r = d.region();
        String encrypted = "queues, topic and stream are encrypted with this region's key";
        if (d.primary() || !d.settings().has(Component.DATA)) {
            p.waits().on(r, Layer.SECURITY, encrypted);
        } else {
            p.waits().on(r, Layer.SECURITY, encrypted + ", and Firehose delivers to this region's bucket, which that stack holds");
        }
        if (d.primary()) p.waits().on(r, Layer.DATA, "Firehose delivers to this region's bucket");
    }

    @Override
    public Stack build(RegionalBuild b) {
        MessagingStack stack = new MessagingStack(b.scope(), b.id(), b.props(), b.deployment(), b.built().get(SecurityStack.class).key());
        SecurityAlerts.add(stack, b.fleet(), b.deployment());
        return stack;
    }

    @Override
    public ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) {
        return built.find(MessagingStack.class).isPresent() ? o.withAlertTopicName(MessagingStack.alertTopicName(d)) : o;
    }
}
