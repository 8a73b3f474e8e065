package dev.regionstack.fleet.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, resolved fleet file. Immutable; holds no CDK types.
 *
 * @param project      prefix of every physical name
 * @param tags         the top-level {@code tags}: on every taggable resource, over regionstack's own (an
 *                     environment's own tags win over these; {@link Deployment#tags()} holds the merged result)
 * @param environments in file order (the rollout order); each holds its own DNS ({@link Environment#dns()})
 */
public record Fleet(String project, Map<String, String> tags, List<Environment> environments) {
    public Fleet {
        tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        environments = List.copyOf(environments);
    }

    public List<Deployment> deployments() {
        return environments.stream().flatMap(e -> e.deployments().stream()).toList();
    }

    public Optional<Environment> environment(String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
