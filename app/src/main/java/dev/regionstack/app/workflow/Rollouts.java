package dev.regionstack.app.workflow;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.rollout.Wave;
import dev.regionstack.deploy.CdkCli;
import dev.regionstack.deploy.RolloutStack;
import dev.regionstack.deploy.RolloutWave;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the rollout plan onto the deploy module's records, and finds the pinned CDK CLI. */
public final class Rollouts {
    private Rollouts() {}

    public static List<RolloutWave> waves(RolloutPlan plan) {
        return plan.waves().stream().map(w -> wave(plan, w)).toList();
    }

    private static RolloutWave wave(RolloutPlan plan, Wave w) {
        return new RolloutWave(w.number(), w.environment(), w.approvalBefore(),
                w.stacks().stream().map(name -> stack(plan.stack(name))).toList());
    }

    public static RolloutStack stack(StackSpec s) {
        return new RolloutStack(s.name(), s.environment(), s.account(), s.region());
    }

    /** Stacks grouped by deployment ({@code env/region}, or {@code env/global}), in plan order. */
    public static Map<String, List<RolloutStack>> byDeployment(RolloutPlan plan) {
        Map<String, List<RolloutStack>> groups = new LinkedHashMap<>();
        for (StackSpec s : plan.stacks()) groups.computeIfAbsent(s.deployment(), k -> new java.util.ArrayList<>()).add(stack(s));
        return groups;
    }

    /** The pinned CDK CLI of this regionstack checkout, found from the working directory ({@link CdkCli#find}). */
    public static CdkCli cdk() {
        return CdkCli.find(Path.of(""), System.getenv());
    }
}
