package dev.regionstack.app.pipeline;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the pipeline stack sits in the rollout plan (model only, no synth). */
class PipelinePlanTest {
    @Test
    void firstEnvironmentWithPipelineGetsOneStackInItsPrimaryRegionAndAccount() {
        RolloutPlan plan = RolloutPlan.of(TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        assertThat(plan.stacks()).filteredOn(s -> s.layer() == Layer.PIPELINE)
                .extracting(StackSpec::name, StackSpec::environment, StackSpec::account, StackSpec::region, StackSpec::deployment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "demo-staging-eu-west-2-pipeline", "staging", "111111111111", "eu-west-2", "staging/eu-west-2"));
    }

    @Test
    void pipelineWaitsForNothingAndDeploysInTheFirstWave() {
        RolloutPlan plan = RolloutPlan.of(TestFleets.parse(PipelineFleets.WITH_PIPELINE));
        assertThat(plan.stack("demo-staging-eu-west-2-pipeline").waitsFor()).isEmpty();
        assertThat(plan.waves().get(0).stacks()).contains("demo-staging-eu-west-2-pipeline");
    }

    @Test
    void pipelineNamedOnlyByALaterEnvironmentIsIgnored() {
        RolloutPlan plan = RolloutPlan.of(TestFleets.parse(PipelineFleets.PIPELINE_IN_SECOND_ONLY));
        assertThat(plan.stacks()).extracting(StackSpec::layer).doesNotContain(Layer.PIPELINE);
    }

    @Test
    void noPipelineWithoutTheComponent() {
        RolloutPlan plan = RolloutPlan.of(TestFleets.parse(PipelineFleets.WITHOUT_PIPELINE));
        assertThat(plan.stacks()).extracting(StackSpec::layer).doesNotContain(Layer.PIPELINE);
    }
}
