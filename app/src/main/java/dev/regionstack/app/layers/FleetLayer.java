package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.List;

/** A layer of the whole fleet (the opt-in pipeline and its artifact stacks), planned before every environment. */
public sealed interface FleetLayer extends LayerSpec permits PipelineArtifactsLayer, PipelineLayer {

    /** Whether the fleet gets this layer's stacks. */
    boolean present(Fleet fleet);

    /** This layer's stacks, given every environment's stacks. */
    List<StackSpec> plan(Fleet fleet, List<StackSpec> environmentStacks);

    Stack build(FleetBuild b);

    @Override
    default Stack build(LayerAssembly assembly, StackSpec spec) { return build(assembly.fleet(spec)); }
}
