package dev.regionstack.app.pipeline;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the pipeline stack sits in the rollout plan (model only, no synth). */
class PipelinePlanTest {
    @Test
    void firstEnvironmentWithPipelineGetsOneStackInItsPrimaryRegionAndAccount() {
        RolloutPlan plan = RolloutPlanner.plan(TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        assertThat(plan.stacks()).filteredOn(s -> s.layer() == Layer.PIPELINE)
                .extracting(StackSpec::name, StackSpec::environment, StackSpec::account, StackSpec::region, StackSpec::deployment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "demo-staging-eu-west-2-pipeline", "staging", "111111111111", "eu-west-2", "staging/eu-west-2"));
    }

    @Test
    void artifactStacksInThePipelineAccountInEveryOtherRegionOfTheFleetDeployInTheFirstWave() {
        RolloutPlan plan = RolloutPlanner.plan(TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        List<StackSpec> support = plan.stacks().stream().filter(s -> s.layer() == Layer.PIPELINE_ARTIFACTS).toList();
        assertThat(support).extracting(StackSpec::name).containsExactly(
                "demo-staging-eu-west-1-pipeline-artifacts",
                "demo-staging-us-east-1-pipeline-artifacts",
                "demo-staging-us-west-2-pipeline-artifacts");
        assertThat(support).allSatisfy(s -> {
            assertThat(s.account()).isEqualTo("111111111111");
            assertThat(s.name()).isEqualTo("demo-staging-" + s.region() + "-pipeline-artifacts");
            assertThat(s.waitsFor()).isEmpty();
        });
        assertThat(plan.waves().get(0).stacks()).containsAll(support.stream().map(StackSpec::name).toList());
    }

    @Test
    void pipelineWaitsOnlyForItsArtifactStacksAndDeploysInTheSecondWave() {
        RolloutPlan plan = RolloutPlanner.plan(TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        assertThat(plan.stack("demo-staging-eu-west-2-pipeline").waitsFor()).extracting(StackSpec.Wait::stack)
                .containsExactly("demo-staging-eu-west-1-pipeline-artifacts",
                        "demo-staging-us-east-1-pipeline-artifacts",
                        "demo-staging-us-west-2-pipeline-artifacts");
        assertThat(plan.waves().get(1).stacks()).contains("demo-staging-eu-west-2-pipeline");
    }

    @Test
    void pipelineNamedOnlyByALaterEnvironmentIsIgnored() {
        RolloutPlan plan = RolloutPlanner.plan(TestFleets.parse(PipelineFleets.PIPELINE_IN_SECOND_ONLY));
        assertThat(plan.stacks()).extracting(StackSpec::layer).doesNotContain(Layer.PIPELINE, Layer.PIPELINE_ARTIFACTS);
    }

    @Test
    void noPipelineWithoutTheComponent() {
        RolloutPlan plan = RolloutPlanner.plan(TestFleets.parse(PipelineFleets.WITHOUT_PIPELINE));
        assertThat(plan.stacks()).extracting(StackSpec::layer).doesNotContain(Layer.PIPELINE, Layer.PIPELINE_ARTIFACTS);
    }
}
