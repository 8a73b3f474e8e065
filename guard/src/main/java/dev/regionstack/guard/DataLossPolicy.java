package dev.regionstack.guard;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The deploy-time rule: in an environment that retains its data, a change that loses data (DATA LOSS) or replaces a
 * foundation resource (DESTRUCTIVE) is refused unless {@code --allow-data-loss} names it, as {@code stack/logicalId}
 * or as a whole {@code stack}. RETAINED changes are never blocked: the data stays.
 */
public final class DataLossPolicy {
    private DataLossPolicy() {
    }

    /**
     * The changes that must stop the deployment.
     *
     * @param report         what the deployment would do
     * @param retainedStacks names of the stacks that belong to environments that retain their data
     * @param allowed        the {@code --allow-data-loss} values: {@code stack/logicalId} or {@code stack}
     * @return the blocking changes, in report order; empty when the deployment may go on
     */
    public static List<ResourceChange> check(GuardReport report, Set<String> retainedStacks, Set<String> allowed) {
        return report.changes().stream()
                .filter(ResourceChange::dangerous)
                .filter(c -> retainedStacks.contains(c.stack()))
                .filter(c -> !allowed.contains(c.stack()) && !allowed.contains(c.id()))
                .toList();
    }

    /**
     * The {@code --allow-data-loss} values that name no DATA LOSS or DESTRUCTIVE change of the report: most likely a
     * typo, worth a warning since the change the user meant to allow is then still blocked.
     */
    public static Set<String> unusedAllowances(GuardReport report, Set<String> allowed) {
        Set<String> unused = new TreeSet<>(allowed);
        report.changes().stream().filter(ResourceChange::dangerous).forEach(c -> {
            unused.remove(c.stack());
            unused.remove(c.id());
        });
        return unused;
    }

    /** The message that refuses a deployment, listing what blocks it and how to allow it. */
    public static String refusal(List<ResourceChange> blocking) {
        return "refusing to deploy: " + blocking.size() + (blocking.size() == 1 ? " change" : " changes")
                + " would destroy data in a retained environment:\n"
                + blocking.stream()
                        .map(c -> "  " + c.id() + " (" + c.type() + ") " + c.kind().name().toLowerCase()
                                + (c.replacingProperties().isEmpty() ? "" : " by " + String.join(", ", c.replacingProperties()))
                                + ": " + c.impact().marker())
                        .collect(Collectors.joining("\n"))
                + "\nIf that is intended, name each change (stack/logicalId) or its whole stack with --allow-data-loss.";
    }
}
