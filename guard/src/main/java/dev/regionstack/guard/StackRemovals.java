package dev.regionstack.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stacks a new assembly no longer has, in the order to delete them, with what deleting each would do to its data.
 * Nothing here deletes anything: {@code deploy} never deletes a stack, it prints these for a person to review.
 */
public final class StackRemovals {
    /**
     * One stack the new assembly no longer has.
     *
     * @param stack    the CloudFormation stack name
     * @param account  its account, from the old assembly's manifest (empty when environment-agnostic)
     * @param region   its region, likewise
     * @param dataLoss its stateful resources that deleting the stack deletes
     * @param retained its stateful resources whose deletion policy keeps them (left behind, outside any stack)
     */
    public record Removal(String stack, String account, String region, List<ResourceChange> dataLoss,
                          List<ResourceChange> retained) {
        public Removal {
            Objects.requireNonNull(stack, "stack");
            account = account == null ? "" : account;
            region = region == null ? "" : region;
            dataLoss = dataLoss == null ? List.of() : List.copyOf(dataLoss);
            retained = retained == null ? List.of() : List.copyOf(retained);
        }

        /** {@code aws cloudformation delete-stack --stack-name S --region R}: what deletes the stack, after review. */
        public List<String> deleteCommand() {
            List<String> args = new ArrayList<>(List.of("aws", "cloudformation", "delete-stack", "--stack-name", stack));
            if (!region.isEmpty()) args.addAll(List.of("--region", region));
            return args;
        }
    }

    private StackRemovals() {
    }

    /**
     * The removed stacks of {@code report}, a stack before the stacks it depends on in the old assembly (the order
     * CloudFormation can delete them in: a stack whose exports another one imports cannot go first), else by name.
     *
     * @param oldAssembly the assembly {@code report} was compared against, for each stack's account, region and
     *                    dependencies
     */
    public static List<Removal> of(GuardReport report, Path oldAssembly) {
        List<String> removed = report.removedStacks();
        if (removed.isEmpty()) return List.of();
        Map<String, Assembly.Stack> old = Assembly.stacks(oldAssembly);
        Map<String, String> stackOfArtifact = new HashMap<>();
        old.values().forEach(s -> stackOfArtifact.put(s.artifactId(), s.name()));
        List<String> dependenciesFirst = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Set<String> wanted = Set.copyOf(removed);
        for (String name : removed) visit(name, old, stackOfArtifact, wanted, visited, dependenciesFirst);
        List<Removal> removals = new ArrayList<>();
        for (int i = dependenciesFirst.size() - 1; i >= 0; i--) {
            String name = dependenciesFirst.get(i);
            Assembly.Stack stack = old.get(name);
            List<ResourceChange> changes = report.changes().stream().filter(c -> c.stack().equals(name)).toList();
            removals.add(new Removal(name, stack.account(), stack.region(),
                    changes.stream().filter(ResourceChange::dataLoss).toList(),
                    changes.stream().filter(ResourceChange::retained).toList()));
        }
        return removals;
    }

    /** Depth-first, dependencies before dependents; only removed stacks are listed. */
    private static void visit(String name, Map<String, Assembly.Stack> old, Map<String, String> stackOfArtifact,
                              Set<String> wanted, Set<String> visited, List<String> order) {
        if (!visited.add(name)) return;
        for (String artifact : old.get(name).dependencies().stream().sorted().toList()) {
            String dependency = stackOfArtifact.get(artifact);
            if (dependency != null && wanted.contains(dependency)) visit(dependency, old, stackOfArtifact, wanted, visited, order);
        }
        order.add(name);
    }
}
