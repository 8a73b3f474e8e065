package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

/** A layer with one stack per environment, in the home region of the global service it manages. */
public sealed interface GlobalLayer extends LayerSpec
        permits GlobalDnsLayer, GlobalEdgeLayer, GlobalAcceleratorLayer, GlobalResilienceLayer {

    /** Whether the environment gets this layer's stack. */
    boolean present(Fleet fleet, Environment e);

    /** Adds what the environment's stack waits for. */
    void waits(GlobalPlanning p);

    Stack build(GlobalBuild b);

    @Override
    default Stack build(LayerAssembly assembly, StackSpec spec) { return build(assembly.global(spec)); }
}
