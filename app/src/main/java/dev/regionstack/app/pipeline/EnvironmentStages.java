package dev.regionstack.app.pipeline;

import dev.regionstack.app.rollout.RolloutPlan;
import software.amazon.awscdk.Stage;

/**
 * Builds one environment's stacks into a pipeline stage. The synth side passes its own assembler, so the stacks
 * in the stage have the same names and templates as the ones {@code deploy} deploys.
 */
@FunctionalInterface
public interface EnvironmentStages {
    /**
     * @param stage the stage to build into (its stacks keep their explicit account, region and stack name)
     * @param plan  the stacks of one environment, with their waits, without the pipeline stack
     */
    void build(Stage stage, RolloutPlan plan);
}
