package dev.regionstack.app.workflow;

import dev.regionstack.app.rollout.Selection;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.DataLossPolicy;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.guard.ResourceChange;
import dev.regionstack.guard.StackRemovals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The data-loss check of {@code deploy}: the new assembly against the environment's deploy record, over the union of
 * the selected stacks and the recorded stacks the selection covers ({@link EarlierStacks}), so a stack the fleet no
 * longer has counts as removed. In an environment that retains its data, DATA LOSS and DESTRUCTIVE changes (a removed
 * stack's stateful resources included) refuse the deploy unless {@code --allow-data-loss} names them; in a {@code small}
 * one they are reported as warnings and the deploy goes on. Removed stacks are never deleted: the decision names them,
 * for the report of the commands that would delete them.
 *
 * @param record       the recorded assembly
 * @param newAssembly  the assembly about to be deployed
 * @param selected     the names of the stacks being deployed
 * @param selection    what {@code --env} / {@code --only} selected
 * @param retainsData  whether the environment retains its data (sizing other than small)
 * @param allowed      the {@code --allow-data-loss} values
 */
public record DeployGuard(Path record, Path newAssembly, Set<String> selected, Selection selection, boolean retainsData,
                          Set<String> allowed) {

    /** What the deploy would lose, and whether that refuses it; reads both assemblies, prints nothing. */
    public GuardDecision decide() {
        GuardReport report = AssemblyDiff.compare(record, newAssembly, selected, EarlierStacks.coveredBy(selection));
        List<ResourceChange> blocking = DataLossPolicy.check(report, retainsData ? stacksOf(report) : Set.of(), allowed);
        List<ResourceChange> unblocked = retainsData ? List.of()
                : report.changes().stream().filter(ResourceChange::dangerous).toList();
        return new GuardDecision(blocking, unblocked, List.copyOf(DataLossPolicy.unusedAllowances(report, allowed)),
                StackRemovals.of(report, record));
    }

    private static Set<String> stacksOf(GuardReport report) {
        return Set.copyOf(report.stacks().stream().map(s -> s.stack()).toList());
    }
}
