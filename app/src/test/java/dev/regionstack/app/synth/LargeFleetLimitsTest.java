package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A 3 environments × 6 regions fleet with every component: complete, and every stack within CloudFormation's comfort limits. */
class LargeFleetLimitsTest {
    @TempDir static Path out;
    static Fleet fleet;
    static SynthResult result;

    @BeforeAll
    static void synth() {
        fleet = TestFleets.generated(42, 3, 6, Component.DEFAULTS);
        result = FleetSynthesizer.synth(fleet, RolloutPlanner.plan(fleet), out, l -> { });
    }

    @Test
    void everyStackUnder400ResourcesAnd800Kilobytes() {
        assertThat(result.stacks()).allSatisfy(s -> {
            assertThat(s.resources()).as(s.name()).isLessThan(400);
            assertThat(s.bytes()).as(s.name()).isLessThan(800 * 1024);
        });
    }

    @Test
    void everyRegionOfEveryEnvironmentHasEveryRegionalLayer() {
        Set<String> names = result.stacks().stream().map(StackReport::name).collect(Collectors.toSet());
        for (Deployment d : fleet.deployments()) {
            for (Layer layer : List.of(Layer.SECURITY, Layer.NETWORK, Layer.DATA, Layer.MESSAGING, Layer.APP, Layer.API, Layer.OBSERVABILITY)) {
                assertThat(names).contains(StackNames.of(fleet.project(), d.environment(), d.region(), layer));
            }
        }
    }

    @Test
    void everyEnvironmentHasItsGlobalStacks() {
        Set<String> names = result.stacks().stream().map(StackReport::name).collect(Collectors.toSet());
        for (var e : fleet.environments()) {
            assertThat(names).contains(
                    StackNames.of(fleet.project(), e.name(), null, Layer.GLOBAL_EDGE),
                    StackNames.of(fleet.project(), e.name(), null, Layer.GLOBAL_ACCELERATOR),
                    StackNames.of(fleet.project(), e.name(), null, Layer.GLOBAL_DNS));
        }
    }

    @Test
    void noTemplateImportsAValueFromAnotherRegion() throws Exception {
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("\"Fn::ImportValue\"\\s*:\\s*\"([^\":]+):");
        for (var s : plan.stacks()) {
            var m = imports.matcher(java.nio.file.Files.readString(out.resolve(s.name() + ".template.json")));
            while (m.find()) assertThat(plan.stack(m.group(1)).region()).as(s.name()).isEqualTo(s.region());
        }
    }

    @Test
    void synthReportsNoErrors() {
        assertThat(result.errors()).isEmpty();
    }
}
