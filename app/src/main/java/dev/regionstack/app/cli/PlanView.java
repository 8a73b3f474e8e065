package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.rollout.Wave;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;

import java.util.List;

/** The machine-readable plan ({@code plan --output json}). Field names are a public contract. */
record PlanView(String project, int criticalPath, List<DeploymentView> deployments, List<StackView> stacks, List<Wave> waves) {

    record DeploymentView(String key, String environment, String account, String region, boolean primary, String cidr,
                          List<String> zones, String sizing, List<String> stacks) {}

    record StackView(String name, String environment, String region, String account, String layer, String deployment,
                     int wave, List<StackSpec.Wait> waitsFor) {}

    static PlanView of(Fleet fleet, RolloutPlan plan) {
        List<DeploymentView> deployments = fleet.deployments().stream()
                .map(d -> deployment(d, plan))
                .filter(d -> !d.stacks().isEmpty())
                .toList();
        List<StackView> stacks = plan.stacks().stream()
                .map(s -> new StackView(s.name(), s.environment(), s.region(), s.account(), s.layer().stackSuffix(),
                        s.deployment(), waveOf(plan, s.name()), s.waitsFor()))
                .toList();
        return new PlanView(fleet.project(), plan.waves().size(), deployments, stacks, plan.waves());
    }

    private static DeploymentView deployment(Deployment d, RolloutPlan plan) {
        List<String> stacks = plan.stacks().stream().filter(s -> s.deployment().equals(d.key())).map(StackSpec::name).toList();
        return new DeploymentView(d.key(), d.environment(), d.account(), d.region(), d.primary(), d.cidr(), d.zones(),
                d.settings().sizing().fileName(), stacks);
    }

    static int waveOf(RolloutPlan plan, String stack) {
        return plan.waves().stream().filter(w -> w.stacks().contains(stack)).mapToInt(Wave::number).findFirst().orElse(0);
    }
}
