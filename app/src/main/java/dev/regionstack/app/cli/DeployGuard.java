package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.Selection;
import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.DataLossPolicy;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.guard.ResourceChange;
import dev.regionstack.guard.StackRemovals;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The data-loss check of {@code deploy}: the new assembly against the environment's deploy record, over the union of
 * the selected stacks and the recorded stacks the selection covers ({@link EarlierStacks}), so a stack the fleet no
 * longer has counts as removed. In an environment that retains its data, DATA LOSS and DESTRUCTIVE changes (a removed
 * stack's stateful resources included) refuse the deploy unless {@code --allow-data-loss} names them; in a {@code small}
 * one they are printed as {@code warning:} lines and the deploy goes on. Removed stacks are never deleted: the report
 * names them with the commands that would delete them.
 *
 * @param record       the recorded assembly
 * @param newAssembly  the assembly about to be deployed
 * @param selected     the names of the stacks being deployed
 * @param selection    what {@code --env} / {@code --only} selected
 * @param retainsData  whether the environment retains its data (sizing other than small)
 * @param allowed      the {@code --allow-data-loss} values
 */
record DeployGuard(Path record, Path newAssembly, Set<String> selected, Selection selection, boolean retainsData,
                   Set<String> allowed) {

    /** Prints what the deploy would lose; false when the deploy must stop. */
    boolean check(AwsProfiles profiles, Path fleetFile, String env, PrintWriter err) {
        GuardReport report = AssemblyDiff.compare(record, newAssembly, selected, EarlierStacks.coveredBy(selection));
        List<ResourceChange> blocking = DataLossPolicy.check(report, retainsData ? stacksOf(report) : Set.of(), allowed);
        DataLossPolicy.unusedAllowances(report, allowed)
                .forEach(a -> err.println("warning: --allow-data-loss " + a + " names no destructive change"));
        List<StackRemovals.Removal> removals = StackRemovals.of(report, record);
        List<String> removalLines = removals.isEmpty() ? List.of() : RemovalReport.lines(removals, profiles, fleetFile, env);
        if (!blocking.isEmpty()) {
            err.println(DataLossPolicy.refusal(blocking));
            removalLines.forEach(err::println);
            return false;
        }
        if (!retainsData) {
            report.changes().stream().filter(ResourceChange::dangerous).forEach(c -> err.println("warning: " + c.id() + " ("
                    + c.type() + ") " + c.kind().name().toLowerCase() + ": " + c.impact().marker()
                    + " (not blocked: " + env + " does not retain its data)"));
        }
        removalLines.forEach(l -> err.println("warning: " + l));
        return true;
    }

    private static Set<String> stacksOf(GuardReport report) {
        return Set.copyOf(report.stacks().stream().map(s -> s.stack()).toList());
    }
}
