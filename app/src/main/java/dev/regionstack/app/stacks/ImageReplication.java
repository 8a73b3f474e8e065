package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.images.RegistryReplicationProps;

import java.util.List;
import java.util.Optional;

/**
 * Who writes a registry's replication configuration. ECR has one per account and region, and each write replaces
 * it whole, so of the environments with {@code images} whose primary region is that registry and that have other
 * regions to replicate to, the first in file order owns it and writes a rule for each of them. The others wait for
 * the owner's images stack: a later environment in file order, so the pipeline's order of environments holds.
 */
public final class ImageReplication {
    private ImageReplication() {}

    /** The environments replicating from {@code account}'s registry in {@code region}, in file order. */
    public static List<Environment> replicating(Fleet fleet, String account, String region) {
        return fleet.environments().stream()
                .filter(e -> e.settings().has(Component.IMAGES) && e.account().equals(account)
                        && e.primary().region().equals(region) && e.regions().size() > 1)
                .toList();
    }

    /** The environment whose primary images stack holds the configuration this deployment's rule is in. */
    public static Optional<Environment> owner(Fleet fleet, Deployment primary) {
        return replicating(fleet, primary.account(), primary.region()).stream().findFirst();
    }

    /** The rules, when this primary deployment's environment owns its registry's configuration. */
    public static Optional<RegistryReplicationProps> rules(Fleet fleet, Deployment primary) {
        List<Environment> envs = replicating(fleet, primary.account(), primary.region());
        if (envs.isEmpty() || !envs.get(0).name().equals(primary.environment())) return Optional.empty();
        return Optional.of(new RegistryReplicationProps(envs.stream().map(e -> new RegistryReplicationProps.Rule(
                PhysicalNames.imageRepositoryPrefix(primary.project(), e.name()), e.account(),
                e.regions().stream().filter(r -> !r.equals(primary.region())).toList())).toList()));
    }
}
