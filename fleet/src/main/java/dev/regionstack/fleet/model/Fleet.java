package dev.regionstack.fleet.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, resolved fleet file. Immutable; holds no CDK types.
 *
 * @param project      prefix of every physical name
 * @param tags         user tags from the file, added to every taggable resource
 * @param dns          the hosted zone, when the file has {@code dns}
 * @param environments in file order (the rollout order)
 */
public record Fleet(String project, Map<String, String> tags, Optional<Dns> dns, List<Environment> environments) {
    public Fleet {
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        dns = dns == null ? Optional.empty() : dns;
        environments = List.copyOf(environments);
    }

    public List<Deployment> deployments() {
        return environments.stream().flatMap(e -> e.deployments().stream()).toList();
    }

    public Optional<Environment> environment(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
