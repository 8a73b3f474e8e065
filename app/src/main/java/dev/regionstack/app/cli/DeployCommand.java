package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.deploy.Console;
import dev.regionstack.deploy.DeployOptions;
import dev.regionstack.deploy.DeployResult;
import dev.regionstack.deploy.DeployRunner;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.DataLossPolicy;
import dev.regionstack.guard.DeployRecord;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.guard.ResourceChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "deploy", description = "Synthesize once, check for data loss, then deploy wave by wave with the pinned AWS CDK CLI.")
final class DeployCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Mixin ProfileOptions profiles;
    @Spec CommandSpec spec;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", description = "Stacks deployed at once within a wave (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--dry-run", description = "Print the commands in order; deploy nothing.")
    boolean dryRun;

    @Option(names = "--approve", description = "Approve manual environments without asking (for scripts).")
    boolean approve;

    @Option(names = "--allow-data-loss", paramLabel = "STACK[/LOGICAL_ID]", split = ",",
            description = "Allow this DATA LOSS or DESTRUCTIVE change in a retained environment.")
    Set<String> allowDataLoss = new LinkedHashSet<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdk.out", description = "The cloud assembly directory (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        if (selection.environment == null) throw new InvalidInputException(List.of("error: deploy needs --env NAME"));
        if (concurrency < 1) throw new InvalidInputException(List.of("error: --concurrency must be at least 1, got " + concurrency));
        RolloutPlan plan = RolloutPlan.of(fleet, selection.resolve(fleet).predicate());
        Environment env = fleet.environment(selection.environment).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        DeployRecord record = DeployRecords.of(fleetFile.path(), env.name());
        SynthResult synth = FleetSynthesizer.synth(fleet, plan, outdir, l -> { }, record.load().stream().toList());
        if (!synth.errors().isEmpty()) {
            synth.errors().forEach(e -> err.println("error: " + e));
            return 1;
        }
        out.printf("synthesized %d stacks into %s%n", synth.stacks().size(), synth.outdir());
        out.println(synth.verify().summary());
        if (!synth.verify().clean()) {
            synth.verify().lines().forEach(err::println);
            err.println("error: the deploy simulation found " + synth.verify().problems().size() + " problem(s): nothing was deployed");
            return 1;
        }

        Set<String> names = plan.stacks().stream().map(StackSpec::name).collect(Collectors.toCollection(LinkedHashSet::new));
        Optional<Path> previous = record.load();
        if (previous.isPresent()) {
            GuardReport report = AssemblyDiff.compare(previous.get(), synth.outdir(), names);
            Set<String> retained = env.settings().sizing().retainData() ? names : Set.of();
            List<ResourceChange> blocking = DataLossPolicy.check(report, retained, allowDataLoss);
            DataLossPolicy.unusedAllowances(report, allowDataLoss)
                    .forEach(a -> err.println("warning: --allow-data-loss " + a + " names no destructive change"));
            if (!blocking.isEmpty()) {
                err.println(DataLossPolicy.refusal(blocking));
                return 1;
            }
        } else {
            out.printf("no earlier deploy of %s recorded in %s: nothing to compare against%n", env.name(), record.directory());
        }

        DeployOptions options = DeployOptions.builder().concurrency(concurrency).dryRun(dryRun).approve(approve)
                .profiles(profiles.profiles).build();
        DeployResult result = new DeployRunner(Rollouts.cdk(), synth.outdir(), options, Console.system(), out)
                .run(Rollouts.waves(plan));
        if (!dryRun && !result.deployed().isEmpty()) record.save(synth.outdir(), Set.copyOf(result.deployed()));
        return result.exitCode();
    }
}
