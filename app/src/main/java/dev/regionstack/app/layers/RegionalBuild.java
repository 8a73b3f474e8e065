package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The context a regional stack is built in.
 *
 * @param scope        the app (or the pipeline's environment app)
 * @param id           the stack's construct id (its name)
 * @param props        account, region, name, description, termination protection
 * @param fleet        the whole fleet (a few layers read other deployments' names)
 * @param deployment   the deployment the stack serves
 * @param built        the region's stacks of earlier layers
 * @param functionsJar the Lambda artifact, located on first use
 */
public record RegionalBuild(Construct scope, String id, StackProps props, Fleet fleet, Deployment deployment,
                            RegionStacks built, Supplier<Path> functionsJar) {

    public Environment environment() { return fleet.environment(deployment.environment()).orElseThrow(); }

    /** The environment's DNS (its own zone) when this deployment has {@code dns} and the environment publishes records. */
    public Optional<Dns> dns() {
        Environment e = environment();
        return deployment.settings().has(Component.DNS) && LayerSelection.hasDns(fleet, e) ? e.dns() : Optional.empty();
    }
}
