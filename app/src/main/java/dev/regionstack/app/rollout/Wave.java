package dev.regionstack.app.rollout;

import java.util.List;

/**
 * Stacks that can deploy in parallel: each waits only for stacks of earlier waves.
 *
 * @param number         1-based, across the whole fleet
 * @param environment    every stack of a wave belongs to one environment (environments roll out in file order)
 * @param approvalBefore a person approves before this wave (the first wave of an {@code approval: manual} environment)
 * @param stacks         stack names, in plan order
 */
public record Wave(int number, String environment, boolean approvalBefore, List<String> stacks) {
    public Wave {
        stacks = List.copyOf(stacks);
    }
}
