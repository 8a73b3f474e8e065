package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Component;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * Everything regionstack knows about one layer, in one place: the component that brings it, when a deployment,
 * an environment or the fleet has it, what its stack waits for (each wait with its reason), whether it holds data,
 * and how its stack is built. {@link LayerSpecs#of} maps every {@link Layer} to its spec with an exhaustive switch,
 * so a layer without a spec does not compile.
 */
public sealed interface LayerSpec permits RegionalLayer, GlobalLayer, FleetLayer {
    Layer layer();

    /** The fleet-file component this layer belongs to; empty when it follows from others (Region switch plans). */
    Optional<Component> component();

    /**
     * Whether the stack holds data (tables, databases, buckets, keys): with {@code deletionProtection} in the sizing,
     * such stacks get CloudFormation termination protection.
     */
    default boolean holdsData() { return false; }

    /** Builds the stack of {@code spec}, asking the assembly for the context of its kind. */
    Stack build(LayerAssembly assembly, StackSpec spec);
}
