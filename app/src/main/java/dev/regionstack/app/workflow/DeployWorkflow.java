package dev.regionstack.app.workflow;

import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.deploy.DeployOptions;
import dev.regionstack.deploy.DeployResult;
import dev.regionstack.deploy.RolloutException;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.DeployRecord;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.guard.StackRemovals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The flow of {@code deploy}, after its arguments are checked: credentials, {@code --forget}, synth, the deploy
 * simulation, the data-loss guard, the records of removed environments, the waves, the deploy record. Each step that
 * can refuse ends the flow with its {@link DeployOutcome}, before anything is deployed; the steps that go on report
 * through {@link DeployEvents}. Nothing here prints: the command does, and maps the outcome to an exit status.
 */
public final class DeployWorkflow {
    private final Synthesizer synthesizer;
    private final Deployer deployer;

    /**
     * @param synthesizer synthesizes and simulates the assembly ({@link Synthesizer#FLEET})
     * @param deployer    runs the waves ({@link Deployer#cdk})
     */
    public DeployWorkflow(Synthesizer synthesizer, Deployer deployer) {
        this.synthesizer = Objects.requireNonNull(synthesizer, "synthesizer");
        this.deployer = Objects.requireNonNull(deployer, "deployer");
    }

    public DeployOutcome run(DeployRequest request, DeployEvents events) {
        // credentials come before anything that writes (a forgotten stack, an assembly)
        Optional<String> noCredentials = missingCredentials(request);
        if (noCredentials.isPresent()) return new DeployOutcome.NoCredentials(noCredentials.get());
        DeployRecord record = request.target().record();
        DeployRecord compared = withoutForgotten(request, events);
        try {
            return synthGuardAndDeploy(request, compared, events);
        } finally {
            // a dry run's copy: <tmp>/.regionstack/deployed/<env>
            if (compared != record) deleteTree(compared.directory().getParent().getParent().getParent());
        }
    }

    private DeployOutcome synthGuardAndDeploy(DeployRequest request, DeployRecord compared, DeployEvents events) {
        DeployTarget target = request.target();
        SynthResult synth = synthesizer.synth(target.fleet(), target.plan(), request.outdir(), compared.load().stream().toList());
        if (!synth.errors().isEmpty()) return new DeployOutcome.SynthFailed(synth.errors());
        events.synthesized(synth);
        if (!synth.verify().clean()) return new DeployOutcome.SimulationRefused(synth.verify());

        Optional<Path> previous = compared.load();
        if (previous.isPresent()) {
            GuardDecision decision = guard(request, previous.get(), synth.outdir()).decide();
            if (decision.refused()) return new DeployOutcome.DataLossRefused(decision);
            events.guardPassed(decision);
        } else {
            events.noEarlierDeploy(target.environment().name(), target.record().directory());
        }
        orphanedRecords(target.fleetFile(), target.fleet(), synth.outdir()).forEach(events::orphaned);

        DeployResult result = deployer.deploy(synth.outdir(), options(request), Rollouts.waves(target.plan()));
        if (!request.dryRun() && !result.deployed().isEmpty()) target.record().save(synth.outdir(), Set.copyOf(result.deployed()));
        return new DeployOutcome.Ran(result);
    }

    /** A real deploy (not a dry run) needs a credential source for every account: the reason, one line per account, if not. */
    static Optional<String> missingCredentials(DeployRequest request) {
        if (request.dryRun()) return Optional.empty();
        try {
            request.aws().requireCredentials(request.target().accounts().keySet());
            return Optional.empty();
        } catch (RolloutException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The record to compare against: without the {@code --forget} stacks. A real deploy forgets them at once (the user
     * deleted them: whatever happens next, they are gone); a dry run works on a temporary copy and changes nothing.
     */
    static DeployRecord withoutForgotten(DeployRequest request, DeployEvents events) {
        DeployRecord record = request.target().record();
        if (request.forget().isEmpty()) return record;
        if (!request.dryRun()) {
            record.forget(request.forget());
            events.forgotten(request.forget());
            return record;
        }
        try {
            Path copy = Files.createTempDirectory("regionstack-dry-run-record-");
            DeployRecord dryRunRecord = record.copyTo(copy);
            dryRunRecord.forget(request.forget());
            return dryRunRecord;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the deploy record " + record.directory(), e);
        }
    }

    /** The data-loss guard of the new assembly against the recorded one. */
    static DeployGuard guard(DeployRequest request, Path recorded, Path newAssembly) {
        DeployTarget target = request.target();
        return new DeployGuard(recorded, newAssembly, target.stacks(), target.selection(),
                target.environment().settings().sizing().retainData(), request.allowDataLoss());
    }

    /** The deploy records beside the fleet file of environments the fleet no longer has, with stacks still to delete. */
    static List<OrphanedRecord> orphanedRecords(Path fleetFile, Fleet fleet, Path newAssembly) {
        List<OrphanedRecord> orphans = new ArrayList<>();
        for (String orphan : DeployRecords.orphans(fleetFile, fleet)) {
            DeployRecord record = DeployRecords.of(fleetFile, orphan);
            GuardReport report = AssemblyDiff.compare(record.directory(), newAssembly, Set.of(), s -> true);
            List<StackRemovals.Removal> removals = StackRemovals.of(report, record.directory());
            if (!removals.isEmpty()) orphans.add(new OrphanedRecord(orphan, record.directory(), removals));
        }
        return orphans;
    }

    static DeployOptions options(DeployRequest request) {
        return DeployOptions.builder().concurrency(request.concurrency()).dryRun(request.dryRun()).approve(request.approve())
                .profiles(request.profiles()).build();
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
