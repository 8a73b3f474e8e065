package dev.regionstack.fleet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One environment (one AWS account) with its resolved settings and one deployment per region.
 *
 * @param name        e.g. {@code prod}
 * @param account     12-digit AWS account id
 * @param approval    whether rollout waits for a person before this environment
 * @param settings    environment-level resolved settings (defaults, then the environment's keys)
 * @param deployments one per region, in file order; exactly one is primary
 * @param tags        the environment's own {@code tags} as written (they win over the fleet's key by key; each
 *                    deployment holds the merged result). Default: none.
 * @param dns         the environment's DNS: its own {@code dns} block merged key by key over the top-level one, when
 *                    the environment has the {@code dns} component. Default: none.
 */
public record Environment(String name, String account, Approval approval, Settings settings, List<Deployment> deployments,
                          Map<String, String> tags, Optional<Dns> dns) {
    public Environment {
        deployments = List.copyOf(deployments);
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        dns = dns == null ? Optional.empty() : dns;
    }

    /** An environment without tags or DNS of its own. */
    public Environment(String name, String account, Approval approval, Settings settings, List<Deployment> deployments) {
        this(name, account, approval, settings, deployments, Map.of(), Optional.empty());
    }

    public Deployment primary() {
        return deployments.stream().filter(Deployment::primary).findFirst().orElseThrow();
    }

    public List<String> regions() { return deployments.stream().map(Deployment::region).toList(); }
}
