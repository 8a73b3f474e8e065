package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.StackSpec;

/** What builds the stacks (the synth's assembler): it hands each kind of layer the context its stack is built in. */
public interface LayerAssembly {
    RegionalBuild regional(StackSpec spec, RegionalLayer layer);

    GlobalBuild global(StackSpec spec);

    FleetBuild fleet(StackSpec spec);
}
