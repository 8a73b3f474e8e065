package dev.regionstack.app.pipeline;

import dev.regionstack.app.rollout.RolloutPlan;
import software.amazon.awscdk.Stage;

/**
 * Builds one environment's stacks for the pipeline. The synth side passes its own assembler, so the stacks have
 * the same names and templates as the ones {@code deploy} deploys.
 */
@FunctionalInterface
public interface EnvironmentStages {
    /**
     * @param environment the environment's name
     * @param plan        its stacks, with their waits, without the pipeline stack
     * @return a root stage (an App of its own, writing inside the fleet's assembly directory), so that every
     *         construct path, and every name CDK derives from one, equals the app's; a stage nested in the
     *         pipeline stack would prefix them with its own path and change descriptions, logical ids of
     *         permissions and rules, task definition families and origin ids
     */
    Stage build(String environment, RolloutPlan plan);
}
