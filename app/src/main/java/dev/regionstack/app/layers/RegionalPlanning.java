package dev.regionstack.app.layers;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.Map;

/**
 * One regional stack being planned.
 *
 * @param environment    its environment
 * @param deployment     its deployment
 * @param singletonOwner account/region to the environment that owns the account-and-region singletons there
 * @param waits          where its waits are collected
 * @param fleet          the whole fleet (a registry's replication is shared by the environments of an account)
 */
public record RegionalPlanning(Environment environment, Deployment deployment, Map<String, String> singletonOwner, Waits waits,
                               Fleet fleet) {
    public Deployment primary() { return environment.primary(); }

    public String region() { return deployment.region(); }

    /**
     * A non-primary region's stack that uses the table waits for the primary's data stack: the table replica in its
     * region is created there (a non-primary region's own data stack, when it has one, holds only its Aurora cluster).
     */
    public void waitForTableReplica(String what) {
        waits.on(primary().region(), dev.regionstack.app.rollout.Layer.DATA,
                "%s the table replica in %s, which that stack creates".formatted(what, region()));
    }
}
