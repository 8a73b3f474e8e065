package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

/** A layer with one stack per deployment (environment × region) that has it. */
public sealed interface RegionalLayer extends LayerSpec
        permits SecurityLayer, NetworkLayer, DataLayer, PeeringLayer, PeeringRoutesLayer, MessagingLayer, AppLayer,
        ApiLayer, ObservabilityLayer,
        ImageReplicaLayer, ImagesLayer,
        MetricsLayer, DashboardsLayer,
        ProcessorLayer,
        SearchLayer {

    /** Whether the deployment gets this layer's stack. */
    boolean present(Deployment d);

    /** Adds what the deployment's stack waits for. */
    void waits(RegionalPlanning p);

    /** Builds the stack; the stacks of earlier layers of the region are in {@link RegionalBuild#built()}. */
    Stack build(RegionalBuild b);

    /**
     * What the region's alarms watch of this layer (plain names, never tokens), given the region's stacks built so
     * far. Most layers hold nothing watched.
     */
    default ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) { return o; }

    @Override
    default Stack build(LayerAssembly assembly, StackSpec spec) {
        RegionalBuild b = assembly.regional(spec, this);
        Stack stack = build(b);
        b.built().add(stack);
        return stack;
    }
}
