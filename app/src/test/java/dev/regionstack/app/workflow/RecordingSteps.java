package dev.regionstack.app.workflow;

import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.deploy.DeployOptions;
import dev.regionstack.deploy.DeployResult;
import dev.regionstack.deploy.RolloutStack;
import dev.regionstack.deploy.RolloutWave;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The workflow's ports for tests, recording every call in one ordered list: a synthesizer that hands back an assembly
 * synthesized earlier (by the real synthesizer, {@link WorkflowFleets}), a deployer that deploys nothing and reports
 * every stack deployed (or, for a dry run, printed), and the events.
 */
final class RecordingSteps implements DeployEvents {
    final List<String> calls = new ArrayList<>();
    final List<Path> deployedRecords = new ArrayList<>();
    final List<List<RolloutWave>> waves = new ArrayList<>();
    final List<DeployOptions> options = new ArrayList<>();
    final List<GuardDecision> passed = new ArrayList<>();
    final List<OrphanedRecord> orphans = new ArrayList<>();
    private final SynthResult synth;

    RecordingSteps(SynthResult synth) {
        this.synth = synth;
    }

    DeployWorkflow workflow() {
        return new DeployWorkflow(this::synth, this::deploy);
    }

    private SynthResult synth(dev.regionstack.fleet.model.Fleet fleet, dev.regionstack.app.rollout.RolloutPlan plan, Path outdir,
                              List<Path> deployed) {
        calls.add("synth");
        // the deployed record must exist while the synth reads it (a dry run's copy is deleted after the workflow)
        deployed.forEach(p -> { if (!Files.isDirectory(p)) throw new AssertionError("no deployed assembly at " + p); });
        deployedRecords.addAll(deployed);
        return synth;
    }

    private DeployResult deploy(Path assembly, DeployOptions options, List<RolloutWave> waves) {
        calls.add("deploy " + assembly.getFileName());
        this.options.add(options);
        this.waves.add(waves);
        List<String> stacks = waves.stream().flatMap(w -> w.stacks().stream()).map(RolloutStack::name).toList();
        return options.dryRun() ? new DeployResult(DeployResult.Outcome.DRY_RUN, List.of(), List.of(), stacks)
                : new DeployResult(DeployResult.Outcome.SUCCEEDED, stacks, List.of(), List.of());
    }

    @Override
    public void forgotten(Set<String> stacks) {
        calls.add("forgotten " + String.join(",", stacks));
    }

    @Override
    public void synthesized(SynthResult synth) {
        calls.add("synthesized");
    }

    @Override
    public void noEarlierDeploy(String environment, Path record) {
        calls.add("no earlier deploy of " + environment);
    }

    @Override
    public void guardPassed(GuardDecision decision) {
        calls.add("guard passed");
        passed.add(decision);
    }

    @Override
    public void orphaned(OrphanedRecord orphan) {
        calls.add("orphaned " + orphan.environment());
        orphans.add(orphan);
    }
}
