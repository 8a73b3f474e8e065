package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.Rollouts;
import dev.regionstack.deploy.CdkSettings;
import dev.regionstack.deploy.DriftRunner;
import dev.regionstack.deploy.RolloutStack;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Synthesizes the selection, then runs the pinned CLI's {@code cdk drift} per stack and prints a line per stack. */
@Command(name = "drift", description = "Synthesize, then run `cdk drift` for each selected stack: in sync, N drifted resources, not deployed, or failed."
        + " Exit 0 when every stack is in sync, 1 otherwise.")
final class DriftCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin ProfileOptions profiles;
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out", description = "The cloud assembly directory (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Option(names = "--dry-run", description = "Print the cdk drift commands; run nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlanner.plan(fleet, selection.resolve(fleet).predicate());
        List<RolloutStack> stacks = Rollouts.byDeployment(plan).values().stream().flatMap(List::stream).toList();
        Map<String, String> accounts = new LinkedHashMap<>();
        stacks.forEach(s -> accounts.putIfAbsent(s.account(), s.environment()));
        profiles.checked(accounts, System.getenv());   // before the synth: a bad --profile is exit 2 at once

        SynthResult synth = FleetSynthesizer.synth(fleet, plan, outdir, l -> { });
        if (!synth.errors().isEmpty()) {
            synth.errors().forEach(e -> spec.commandLine().getErr().println("error: " + e));
            return 1;
        }
        DriftRunner drift = new DriftRunner(Rollouts.cdk(), synth.outdir(), CdkSettings.of(profiles.profiles), spec.commandLine().getOut());
        if (dryRun) {
            drift.print(stacks);
            return 0;
        }
        return DriftRunner.exitCode(drift.run(stacks));
    }
}
