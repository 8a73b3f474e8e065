package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

import java.util.Optional;

/** The context a global stack of one environment is built in. */
public record GlobalBuild(Construct scope, String id, StackProps props, Fleet fleet, Environment environment) {
    /** The environment's DNS (its own zone) when it publishes records. */
    public Optional<Dns> dns() {
        return LayerSelection.hasDns(fleet, environment) ? environment.dns() : Optional.empty();
    }
}
