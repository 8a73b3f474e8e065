package dev.regionstack.fleet.model;

import java.util.List;

/**
 * One environment (one AWS account) with its resolved settings and one deployment per region.
 *
 * @param name        e.g. {@code prod}
 * @param account     12-digit AWS account id
 * @param approval    whether rollout waits for a person before this environment
 * @param settings    environment-level resolved settings (defaults, then the environment's keys)
 * @param deployments one per region, in file order; exactly one is primary
 */
public record Environment(String name, String account, Approval approval, Settings settings, List<Deployment> deployments) {
    public Environment {
        deployments = List.copyOf(deployments);
    }

    public Deployment primary() {
        return deployments.stream().filter(Deployment::primary).findFirst().orElseThrow();
    }

    public List<String> regions() { return deployments.stream().map(Deployment::region).toList(); }
}
