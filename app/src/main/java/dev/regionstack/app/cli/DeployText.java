package dev.regionstack.app.cli;

import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.DeployEvents;
import dev.regionstack.app.workflow.DeployOutcome;
import dev.regionstack.app.workflow.DeployRequest;
import dev.regionstack.app.workflow.GuardDecision;
import dev.regionstack.app.workflow.OrphanedRecord;
import dev.regionstack.guard.DataLossPolicy;
import dev.regionstack.guard.ResourceChange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@code deploy} prints: progress on standard output, warnings and refusals on standard error, and the exit
 * status of each outcome (1 for every refusal; a run's own status otherwise).
 */
final class DeployText implements DeployEvents, DeployOutcome.Cases<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;
    private final DeployRequest request;

    DeployText(PrintWriter out, PrintWriter err, DeployRequest request) {
        this.out = out;
        this.err = err;
        this.request = request;
    }

    @Override
    public void forgotten(Set<String> stacks) {
        out.println("no longer tracked: " + String.join(", ", stacks));
    }

    @Override
    public void synthesized(SynthResult synth) {
        out.printf("synthesized %d stacks into %s%n", synth.stacks().size(), synth.outdir());
        out.println(synth.verify().summary());
    }

    @Override
    public void noEarlierDeploy(String environment, Path record) {
        out.printf("no earlier deploy of %s recorded in %s: nothing to compare against%n", environment, record);
    }

    @Override
    public void guardPassed(GuardDecision decision) {
        unusedAllowances(decision);
        String env = environment();
        for (ResourceChange c : decision.unblocked()) {
            err.println("warning: " + c.id() + " (" + c.type() + ") " + c.kind().name().toLowerCase() + ": "
                    + c.impact().marker() + " (not blocked: " + env + " does not retain its data)");
        }
        removalLines(decision).forEach(l -> err.println("warning: " + l));
    }

    @Override
    public void orphaned(OrphanedRecord orphan) {
        RemovalReport.orphanLines(orphan.environment(), orphan.record(), orphan.removals(), request.aws())
                .forEach(l -> err.println("warning: " + l));
    }

    @Override
    public Integer noCredentials(DeployOutcome.NoCredentials outcome) {
        outcome.message().lines().forEach(l -> err.println("error: " + l));
        return 1;
    }

    @Override
    public Integer synthFailed(DeployOutcome.SynthFailed outcome) {
        outcome.errors().forEach(e -> err.println("error: " + e));
        return 1;
    }

    @Override
    public Integer simulationRefused(DeployOutcome.SimulationRefused outcome) {
        outcome.report().lines().forEach(err::println);
        err.println("error: the deploy simulation found " + outcome.report().problems().size() + " problem(s): nothing was deployed");
        return 1;
    }

    @Override
    public Integer dataLossRefused(DeployOutcome.DataLossRefused outcome) {
        GuardDecision decision = outcome.decision();
        unusedAllowances(decision);
        err.println(DataLossPolicy.refusal(decision.blocking()));
        removalLines(decision).forEach(err::println);
        return 1;
    }

    @Override
    public Integer ran(DeployOutcome.Ran outcome) {
        return outcome.result().exitCode();
    }

    private void unusedAllowances(GuardDecision decision) {
        decision.unusedAllowances().forEach(a -> err.println("warning: --allow-data-loss " + a + " names no destructive change"));
    }

    private List<String> removalLines(GuardDecision decision) {
        return decision.removals().isEmpty() ? List.of()
                : RemovalReport.lines(decision.removals(), request.aws(), request.target().fleetFile(), environment());
    }

    private String environment() {
        return request.target().environment().name();
    }
}
