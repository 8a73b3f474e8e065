package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.deploy.Console;
import dev.regionstack.deploy.DeployOptions;
import dev.regionstack.deploy.DeployResult;
import dev.regionstack.deploy.DeployRunner;
import dev.regionstack.deploy.RolloutException;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.DeployRecord;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.guard.StackRemovals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--forget", paramLabel = "STACK", split = ",",
            description = "Stop tracking a stack the fleet no longer has (after deleting it): drop it from the deploy record.")
    Set<String> forget = new LinkedHashSet<>();

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        if (selection.environment == null) throw new InvalidInputException(List.of("error: deploy needs --env NAME"));
        if (concurrency < 1) throw new InvalidInputException(List.of("error: --concurrency must be at least 1, got " + concurrency));
        Selection chosen = selection.resolve(fleet);
        RolloutPlan plan = RolloutPlanner.plan(fleet, chosen.predicate());
        Environment env = fleet.environment(selection.environment).orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        // everything that needs no synth first: arguments (exit 2), then credentials (exit 1)
        Map<String, String> accounts = new LinkedHashMap<>();
        plan.stacks().forEach(s -> accounts.putIfAbsent(s.account(), s.environment()));
        AwsProfiles aws = profiles.checked(accounts, System.getenv());
        Set<String> names = plan.stacks().stream().map(StackSpec::name).collect(Collectors.toCollection(LinkedHashSet::new));
        DeployRecord record = DeployRecords.of(fleetFile.path(), env.name());
        checkForget(record, names);
        if (!dryRun) {
            try {
                aws.requireCredentials(accounts.keySet());
            } catch (RolloutException e) {
                e.getMessage().lines().forEach(l -> err.println("error: " + l));
                return 1;
            }
        }
        DeployRecord compared = withoutForgotten(record);
        try {
            SynthResult synth = FleetSynthesizer.synth(fleet, plan, outdir, l -> { }, compared.load().stream().toList());
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

            Optional<Path> previous = compared.load();
            if (previous.isPresent()) {
                DeployGuard guard = new DeployGuard(previous.get(), synth.outdir(), names, chosen,
                        env.settings().sizing().retainData(), allowDataLoss);
                if (!guard.check(aws, fleetFile.path(), env.name(), err)) return 1;
            } else {
                out.printf("no earlier deploy of %s recorded in %s: nothing to compare against%n", env.name(), record.directory());
            }

            warnAboutOrphans(fleet, synth.outdir(), aws, err);

            DeployOptions options = DeployOptions.builder().concurrency(concurrency).dryRun(dryRun).approve(approve)
                    .profiles(profiles.profiles).build();
            DeployResult result = new DeployRunner(Rollouts.cdk(), synth.outdir(), options, Console.system(), out)
                    .run(Rollouts.waves(plan));
            if (!dryRun && !result.deployed().isEmpty()) record.save(synth.outdir(), Set.copyOf(result.deployed()));
            return result.exitCode();
        } finally {
            if (compared != record) deleteTree(compared.directory().getParent().getParent().getParent());
        }
    }

    /**
     * The record to compare against: without the {@code --forget} stacks. A real deploy forgets them at once (the user
     * deleted them: whatever happens next, they are gone); a dry run works on a temporary copy and changes nothing.
     */
    private DeployRecord withoutForgotten(DeployRecord record) {
        if (forget.isEmpty()) return record;
        if (!dryRun) {
            record.forget(forget);
            spec.commandLine().getOut().println("no longer tracked: " + String.join(", ", forget));
            return record;
        }
        try {
            Path copy = Files.createTempDirectory("regionstack-dry-run-record-");
            DeployRecord dryRunRecord = record.copyTo(copy);
            dryRunRecord.forget(forget);
            return dryRunRecord;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the deploy record " + record.directory(), e);
        }
    }

    /** The stacks recorded for environments the fleet no longer has: another environment's, so reported, never blocking. */
    private void warnAboutOrphans(Fleet fleet, Path newAssembly, AwsProfiles aws, PrintWriter err) {
        for (String orphan : DeployRecords.orphans(fleetFile.path(), fleet)) {
            DeployRecord record = DeployRecords.of(fleetFile.path(), orphan);
            GuardReport report = AssemblyDiff.compare(record.directory(), newAssembly, Set.of(), s -> true);
            List<StackRemovals.Removal> removals = StackRemovals.of(report, record.directory());
            if (removals.isEmpty()) continue;
            RemovalReport.orphanLines(orphan, record.directory(), removals, aws).forEach(l -> err.println("warning: " + l));
        }
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /** {@code --forget} names stacks of the record that the selection no longer builds. */
    private void checkForget(DeployRecord record, Set<String> selected) {
        if (forget.isEmpty()) return;
        Set<String> recorded = record.stacks();
        List<String> problems = new ArrayList<>();
        for (String stack : forget) {
            if (selected.contains(stack)) {
                problems.add("error: --forget " + stack + ": the fleet still builds this stack; only a stack the fleet no longer has can be forgotten");
            } else if (!recorded.contains(stack)) {
                problems.add("error: --forget " + stack + ": not in the deploy record " + record.directory()
                        + (recorded.isEmpty() ? " (it is empty)" : ""));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }
}
