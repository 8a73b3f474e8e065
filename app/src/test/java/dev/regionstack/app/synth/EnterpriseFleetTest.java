package dev.regionstack.app.synth;

import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.ObservabilitySettings;
import dev.regionstack.fleet.model.Release;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's "done when": a fleet with every opt-in, in 2 environments x 3 regions, synthesizes clean (the guardrail
 * tests run their rule packs over the same fleet, {@code DeploySimulationCleanTest} its deploy simulation), and every
 * stack stays under 400 resources and 800 kB.
 */
class EnterpriseFleetTest {
    private static final GuardrailFleets.Synthesized ENTERPRISE = GuardrailFleets.get("enterprise");

    @Test
    void theFleetHasEveryOptIn() {
        assertThat(ENTERPRISE.fleet().environments()).hasSize(2).allSatisfy(e -> assertThat(e.deployments()).hasSize(3));
        for (Deployment d : ENTERPRISE.fleet().deployments()) {
            assertThat(d.settings().components()).as(d.toString()).containsAll(Set.of(Component.values()));
            assertThat(d.settings().release()).isEqualTo(Release.BLUE_GREEN);
            assertThat(d.settings().knobs().observability()).isEqualTo(new ObservabilitySettings(true, true, true));
            assertThat(d.settings().knobs().streamTransform()).isTrue();
            assertThat(d.settings().app().ecrTag()).isPresent();
        }
    }

    @Test
    void synthesizesWithoutErrorsOrDeployProblems() {
        assertThat(ENTERPRISE.result().errors()).isEmpty();
        assertThat(ENTERPRISE.result().verify().problems()).isEmpty();
    }

    @Test
    void everyStackUnder400ResourcesAnd800Kilobytes() {
        assertThat(ENTERPRISE.result().stacks()).allSatisfy(s -> {
            assertThat(s.resources()).as(s.name()).isLessThan(400);
            assertThat(s.bytes()).as(s.name()).isLessThan(800 * 1024);
        });
    }

    @Test
    void everyPlannedStackIsSynthesized() {
        RolloutPlan plan = RolloutPlanner.plan(ENTERPRISE.fleet());
        Set<String> synthesized = ENTERPRISE.result().stacks().stream().map(StackReport::name).collect(Collectors.toSet());
        assertThat(synthesized).containsAll(plan.stacks().stream().map(s -> s.name()).toList());
    }
}
