package dev.regionstack.deploy;

import java.util.List;
import java.util.Objects;

/**
 * Stacks that deploy together: each waits only for stacks of earlier waves, so they may run in parallel.
 *
 * @param number         1-based position in the rollout, for messages
 * @param environment    the environment all its stacks belong to
 * @param approvalBefore a person approves before this wave starts (first wave of an {@code approval: manual} environment)
 * @param stacks         the stacks, in plan order (the order commands are printed and started in)
 */
public record RolloutWave(int number, String environment, boolean approvalBefore, List<RolloutStack> stacks) {
    public RolloutWave {
        Objects.requireNonNull(environment, "environment");
        stacks = List.copyOf(stacks);
    }
}
