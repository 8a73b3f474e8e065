package dev.regionstack.app.workflow;

import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.deploy.AwsProfiles;
import dev.regionstack.deploy.RolloutStack;
import dev.regionstack.guard.DeployRecord;
import dev.regionstack.guard.ResourceChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of {@link DeployWorkflow} in order, over real assemblies ({@link WorkflowFleets}): what each refusal
 * stops (nothing is deployed after a refusal), and what a deploy records. The CDK CLI is never run.
 */
class DeployWorkflowTest {
    /** The removed region's stacks, in the base record: what the guard reports as removed. */
    private static final Set<String> REMOVED = Set.of("wftest-prod-us-east-1-peering", "wftest-prod-us-west-2-security",
            "wftest-prod-us-west-2-network", "wftest-prod-us-west-2-peering-routes", "wftest-prod-us-west-2-messaging");
    /** Credentials the check accepts, in an environment that is the test's own (no AWS files are read). */
    private static final Map<String, String> KEYS = Map.of("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    @TempDir Path project;

    private DeployRequest request(String yaml, boolean dryRun, Set<String> allowDataLoss, Set<String> forget,
                                  Map<String, String> environment) {
        DeployTarget target = DeployTarget.of(project.resolve("fleet.yaml"), WorkflowFleets.fleet(yaml), WorkflowFleets.PROD);
        return new DeployRequest(target, new AwsProfiles(Map.of(), environment), Map.of(), 3, dryRun, true, allowDataLoss,
                forget, project.resolve("cdk.out"));
    }

    private DeployRequest request(String yaml, boolean dryRun) {
        return request(yaml, dryRun, Set.of(), Set.of(), KEYS);
    }

    private DeployRecord recordedBase() {
        DeployRecord record = DeployRecord.of(project, "prod");
        SynthResult base = WorkflowFleets.base();
        record.save(base.outdir(), Set.copyOf(base.stacks().stream().map(s -> s.name()).toList()));
        return record;
    }

    /** The guard of the region's removal against the base assembly, the environment retaining its data or not. */
    private static DeployGuard guard(boolean retainsData) {
        SynthResult after = WorkflowFleets.regionRemoved();
        return new DeployGuard(WorkflowFleets.base().outdir(), after.outdir(),
                Set.copyOf(after.stacks().stream().map(s -> s.name()).toList()), WorkflowFleets.PROD, retainsData, Set.of());
    }

    @Test
    void aFirstDeploySynthesizesThenDeploysThePlansWavesAndRecordsWhatDeployed() {
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.base());
        DeployRequest request = request(WorkflowFleets.BASE, false);

        DeployOutcome outcome = steps.workflow().run(request, steps);

        assertThat(steps.calls).containsExactly("synth", "synthesized", "no earlier deploy of prod",
                "deploy " + WorkflowFleets.base().outdir().getFileName());
        assertThat(steps.deployedRecords).isEmpty();
        assertThat(steps.waves).containsExactly(Rollouts.waves(request.target().plan()));
        assertThat(steps.options.get(0).concurrency()).isEqualTo(3);
        assertThat(steps.options.get(0).dryRun()).isFalse();
        assertThat(steps.options.get(0).approve()).isTrue();
        assertThat(outcome).isInstanceOf(DeployOutcome.Ran.class);
        assertThat(((DeployOutcome.Ran) outcome).result().deployed()).containsExactlyElementsOf(
                steps.waves.get(0).stream().flatMap(w -> w.stacks().stream()).map(RolloutStack::name).toList());
        assertThat(DeployRecord.of(project, "prod").stacks()).isEqualTo(request.target().stacks());
    }

    @Test
    void aDryRunDeploysAndRecordsNothingAndNeedsNoCredentials() {
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.base());

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.BASE, true, Set.of(), Set.of(), Map.of(
                "HOME", project.toString())), steps);

        assertThat(((DeployOutcome.Ran) outcome).result().outcome()).isEqualTo(dev.regionstack.deploy.DeployResult.Outcome.DRY_RUN);
        assertThat(steps.options.get(0).dryRun()).isTrue();
        assertThat(DeployRecord.of(project, "prod").load()).isEmpty();
    }

    @Test
    void noCredentialsRefusesARealDeployBeforeTheSynth() {
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.base());

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.BASE, false, Set.of(), Set.of(),
                Map.of("HOME", project.toString())), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.NoCredentials.class);
        assertThat(((DeployOutcome.NoCredentials) outcome).message()).startsWith("no AWS credentials for account 333333333333:");
        assertThat(steps.calls).isEmpty();
    }

    @Test
    void theSimulationsProblemsRefuseTheDeployBeforeTheGuardAndTheWaves() {
        DeployRecord record = recordedBase();
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.messagingDropped());

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.MESSAGING_DROPPED, false), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.SimulationRefused.class);
        assertThat(((DeployOutcome.SimulationRefused) outcome).report().problems())
                .anySatisfy(p -> assertThat(p.line()).contains(", which the deployed wftest-prod-us-west-2-messaging still imports"));
        assertThat(steps.calls).containsExactly("synth", "synthesized");
        assertThat(steps.deployedRecords).containsExactly(record.load().orElseThrow());
        assertThat(record.stacks()).contains("wftest-prod-us-west-2-messaging");
    }

    @Test
    void dataLossInARetainedEnvironmentRefusesTheDeployAndNamesTheRemovedStacks() {
        DeployRecord record = recordedBase();
        Set<String> before = record.stacks();
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.regionRemoved());

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.REGION_REMOVED, false), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.DataLossRefused.class);
        GuardDecision decision = ((DeployOutcome.DataLossRefused) outcome).decision();
        assertThat(decision.refused()).isTrue();
        assertThat(decision.blocking()).extracting(ResourceChange::stack).allMatch(REMOVED::contains)
                .contains("wftest-prod-us-west-2-messaging");
        assertThat(decision.blocking()).allMatch(ResourceChange::dangerous);
        assertThat(decision.unblocked()).isEmpty();
        assertThat(decision.removals()).extracting(r -> r.stack()).containsExactlyInAnyOrderElementsOf(REMOVED);
        assertThat(steps.calls).containsExactly("synth", "synthesized");
        assertThat(record.stacks()).isEqualTo(before);
    }

    @Test
    void dataLossNamedByAllowDataLossGoesOnAndAnAllowanceThatNamesNothingIsReported() {
        recordedBase();
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.regionRemoved());
        Set<String> allowed = new java.util.TreeSet<>(guard(true).decide().blocking().stream().map(ResourceChange::stack).toList());
        allowed.add("wftest-prod-us-east-1-data");   // nothing of it is lost

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.REGION_REMOVED, true, allowed, Set.of(), KEYS), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.Ran.class);
        assertThat(steps.calls).containsExactly("synth", "synthesized", "guard passed",
                "deploy " + WorkflowFleets.regionRemoved().outdir().getFileName());
        GuardDecision decision = steps.passed.get(0);
        assertThat(decision.refused()).isFalse();
        assertThat(decision.unusedAllowances()).containsExactly("wftest-prod-us-east-1-data");
        assertThat(decision.removals()).extracting(r -> r.stack()).containsExactlyInAnyOrderElementsOf(REMOVED);
    }

    @Test
    void inAnEnvironmentThatKeepsNoDataTheSameChangesAreWarningsNotARefusal() {
        GuardDecision decision = guard(false).decide();

        assertThat(decision.refused()).isFalse();
        assertThat(decision.blocking()).isEmpty();
        assertThat(decision.unblocked()).isNotEmpty().allMatch(ResourceChange::dangerous)
                .extracting(ResourceChange::stack).contains("wftest-prod-us-west-2-messaging");
        assertThat(decision.removals()).extracting(r -> r.stack()).containsExactlyInAnyOrderElementsOf(REMOVED);
    }

    @Test
    void aDryRunForgetsOnATemporaryCopyThatItDeletesAfterwards() {
        DeployRecord record = recordedBase();
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.regionRemoved());

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.REGION_REMOVED, true, Set.of(), REMOVED, KEYS), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.Ran.class);
        assertThat(steps.calls).containsExactly("synth", "synthesized", "guard passed",
                "deploy " + WorkflowFleets.regionRemoved().outdir().getFileName());
        assertThat(steps.passed.get(0).removals()).isEmpty();
        Path copy = steps.deployedRecords.get(0);
        assertThat(copy).isNotEqualTo(record.load().orElseThrow());
        assertThat(Files.exists(copy)).as("the dry run's copy of the record is deleted").isFalse();
        assertThat(record.stacks()).containsAll(REMOVED);
    }

    @Test
    void aRealDeployForgetsFirstAndThenComparesWithoutTheForgottenStacks() {
        DeployRecord record = recordedBase();
        RecordingSteps steps = new RecordingSteps(WorkflowFleets.regionRemoved());
        Set<String> forget = new java.util.TreeSet<>(REMOVED);

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.REGION_REMOVED, false, Set.of(), forget, KEYS), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.Ran.class);
        assertThat(steps.calls.get(0)).isEqualTo("forgotten " + String.join(",", forget));
        assertThat(steps.calls.subList(1, steps.calls.size())).containsExactly("synth", "synthesized", "guard passed",
                "deploy " + WorkflowFleets.regionRemoved().outdir().getFileName());
        assertThat(steps.deployedRecords).containsExactly(record.load().orElseThrow());
        assertThat(record.stacks()).doesNotContainAnyElementsOf(REMOVED)
                .containsAll(steps.waves.get(0).stream().flatMap(w -> w.stacks().stream()).map(RolloutStack::name).toList());
    }

    @Test
    void theRecordOfAnEnvironmentTheFleetNoLongerHasIsReportedAndDoesNotBlock() {
        DeployRecord.of(project, "staging").save(WorkflowFleets.base().outdir(), Set.of("wftest-prod-us-west-2-messaging"));
        SynthResult after = WorkflowFleets.regionRemoved();
        RecordingSteps steps = new RecordingSteps(after);

        DeployOutcome outcome = steps.workflow().run(request(WorkflowFleets.REGION_REMOVED, false), steps);

        assertThat(outcome).isInstanceOf(DeployOutcome.Ran.class);
        assertThat(steps.calls).containsExactly("synth", "synthesized", "no earlier deploy of prod", "orphaned staging",
                "deploy " + after.outdir().getFileName());
        assertThat(steps.orphans.get(0).record()).isEqualTo(DeployRecord.of(project, "staging").directory());
        assertThat(steps.orphans.get(0).removals()).extracting(r -> r.stack()).containsExactly("wftest-prod-us-west-2-messaging");
    }

    @Test
    void forgetMayNameOnlyRecordedStacksTheFleetNoLongerBuilds() {
        recordedBase();
        DeployTarget target = DeployTarget.of(project.resolve("fleet.yaml"), WorkflowFleets.fleet(WorkflowFleets.REGION_REMOVED),
                WorkflowFleets.PROD);
        Path record = DeployRecord.of(project, "prod").directory();

        assertThat(target.forgetProblems(Set.of("wftest-prod-us-west-2-network"))).isEmpty();
        assertThat(target.forgetProblems(new java.util.LinkedHashSet<>(List.of("wftest-prod-us-east-1-network", "nosuch-stack"))))
                .containsExactly("error: --forget wftest-prod-us-east-1-network: the fleet still builds this stack; only a stack"
                                + " the fleet no longer has can be forgotten",
                        "error: --forget nosuch-stack: not in the deploy record " + record);
    }
}
