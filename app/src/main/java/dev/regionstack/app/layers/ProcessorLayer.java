package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.ProcessorStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data processor of a region ({@code processor}): in every region of an environment that has the component,
 * since every region has a data bucket (the primary's in its data stack, the others' in their security stacks).
 */
public final class ProcessorLayer implements RegionalLayer {
    ProcessorLayer() {}

    @Override public Layer layer() { return Layer.PROCESSOR; }

    @Override public Optional<Component> component() { return Optional.of(Component.PROCESSOR); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.PROCESSOR); }

    @Override
    public void waits(RegionalPlanning p) {
        String r = p.region();
        if (p.deployment().primary()) {
            p.waits().on(r, Layer.SECURITY, "the function's logs and table writes use this region's key");
            p.waits().on(r, Layer.DATA, "the data bucket notifies the queue, and the function writes the table");
        } else {
            p.waits().on(r, Layer.SECURITY, "the data bucket that notifies the queue is there, and this region's key");
            p.waitForTableReplica("the function writes");
        }
    }

    /** The region's alarms watch the processor's errors and throttles like the credits functions'. */
    @Override
    public ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) {
        if (built.find(ProcessorStack.class).isEmpty()) return o;
        return o.withFunctionNames(Stream.concat(o.functionNames().stream(), Stream.of(ProcessorStack.functionName(d))).toList());
    }

    @Override
    public Stack build(RegionalBuild b) {
        return new ProcessorStack(b.scope(), b.id(), b.props(), b.deployment(), b.built().get(SecurityStack.class).key(),
                b.functionsJar().get().toString());
    }
}
