package dev.regionstack.platform.images;

import java.util.List;
import java.util.Objects;

/**
 * The replication of one registry (account × region): one rule per environment whose primary region this is.
 *
 * @param rules at least one, at most {@value #MAX_RULES} (ECR's limit per replication configuration)
 */
public record RegistryReplicationProps(List<Rule> rules) {
    public static final int MAX_RULES = 10;

    /**
     * @param repositoryPrefix the environment's repositories ({@code <project>-<env>/}), matched as a prefix
     * @param account          the registry's account: replication here is cross-Region only
     * @param regions          the environment's other regions, in file order
     */
    public record Rule(String repositoryPrefix, String account, List<String> regions) {
        public Rule {
            Objects.requireNonNull(repositoryPrefix, "repositoryPrefix");
            Objects.requireNonNull(account, "account");
            regions = List.copyOf(regions);
            if (regions.isEmpty()) throw new IllegalArgumentException("a replication rule needs a destination region");
        }
    }

    public RegistryReplicationProps {
        rules = List.copyOf(rules);
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("a registry has 1 to " + MAX_RULES + " replication rules, got " + rules.size());
        }
    }
}
