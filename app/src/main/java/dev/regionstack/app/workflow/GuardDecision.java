package dev.regionstack.app.workflow;

import dev.regionstack.guard.ResourceChange;
import dev.regionstack.guard.StackRemovals;

import java.util.List;

/**
 * What {@link DeployGuard} decided about a deploy.
 *
 * @param blocking          DATA LOSS or DESTRUCTIVE changes of a retained environment that no {@code --allow-data-loss}
 *                          names: any refuses the deploy
 * @param unblocked         the dangerous changes of an environment that does not retain its data: reported, not blocking
 *                          (empty in a retained environment)
 * @param unusedAllowances  {@code --allow-data-loss} values that name no dangerous change (most likely a typo), sorted
 * @param removals          the recorded stacks the fleet no longer builds, in deletion order
 */
public record GuardDecision(List<ResourceChange> blocking, List<ResourceChange> unblocked, List<String> unusedAllowances,
                            List<StackRemovals.Removal> removals) {
    public GuardDecision {
        blocking = List.copyOf(blocking);
        unblocked = List.copyOf(unblocked);
        unusedAllowances = List.copyOf(unusedAllowances);
        removals = List.copyOf(removals);
    }

    /** Whether the deploy must stop. */
    public boolean refused() { return !blocking.isEmpty(); }
}
