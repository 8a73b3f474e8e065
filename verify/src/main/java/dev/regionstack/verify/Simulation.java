package dev.regionstack.verify;

import java.util.List;

/**
 * What a deploy simulation works on.
 *
 * @param assembly the assembly about to be deployed
 * @param resolver evaluates its expressions
 * @param deployed what earlier deploys left (the deploy records): the stacks that exist in AWS now
 * @param taggable AWS's facts on which resource types take tags
 */
record Simulation(AssemblyModel assembly, Resolver resolver, List<AssemblyModel> deployed, Taggable taggable) {
    Simulation {
        deployed = List.copyOf(deployed);
    }
}
