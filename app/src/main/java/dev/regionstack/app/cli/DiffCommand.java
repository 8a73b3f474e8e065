package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.Rollouts;
import dev.regionstack.deploy.CdkSettings;
import dev.regionstack.deploy.DiffRunner;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diff", description = "Synthesize, then run `cdk diff` for the selected stacks, grouped by deployment.")
final class DiffCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin ProfileOptions profiles;
    @Spec CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out", description = "The cloud assembly directory (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Option(names = "--dry-run", description = "Print the cdk diff commands; run nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlanner.plan(fleet, selection.resolve(fleet).predicate());
        SynthResult synth = FleetSynthesizer.synth(fleet, plan, outdir, l -> { });
        if (!synth.errors().isEmpty()) {
            synth.errors().forEach(e -> spec.commandLine().getErr().println("error: " + e));
            return 1;
        }
        DiffRunner diff = new DiffRunner(Rollouts.cdk(), synth.outdir(), CdkSettings.of(profiles.profiles), spec.commandLine().getOut());
        var groups = Rollouts.byDeployment(plan);
        return (dryRun ? diff.print(groups) : diff.run(groups)).exitCode();
    }
}
