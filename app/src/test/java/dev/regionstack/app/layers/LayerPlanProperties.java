package dev.regionstack.app.layers;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fleets with any set of components (the opt-in pipeline included, not only the defaults) plan exactly the layers
 * their specs say, with every wait on a planned stack that deploys earlier. No synth: cheap enough for many tries.
 */
class LayerPlanProperties {
    @Property(tries = 60, seed = "20261203")
    void thePlanHoldsExactlyTheLayersTheSpecsSay(@ForAll long seed, @ForAll("components") List<Component> components,
                                                 @ForAll @IntRange(min = 1, max = 3) int environments,
                                                 @ForAll @IntRange(min = 1, max = 4) int regions) {
        Fleet fleet = TestFleets.parse(SampleFleets.generate(seed, environments, regions, components));
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        Map<String, Integer> position = new HashMap<>();
        plan.stacks().forEach(s -> position.put(s.name(), position.size()));

        for (Environment e : fleet.environments()) {
            for (Deployment d : e.deployments()) {
                Set<Layer> planned = plan.stacks().stream().filter(s -> s.deployment().equals(d.key())
                        && !(LayerSpecs.of(s.layer()) instanceof FleetLayer)).map(StackSpec::layer).collect(Collectors.toSet());
                Set<Layer> expected = LayerSpecs.regional().stream().filter(l -> l.present(d)).map(LayerSpec::layer)
                        .collect(Collectors.toSet());
                assertThat(planned).as(d.key()).isEqualTo(expected);
            }
            Set<Layer> globals = plan.stacks().stream().filter(s -> s.deployment().equals(e.name() + "/global"))
                    .map(StackSpec::layer).collect(Collectors.toSet());
            assertThat(globals).as(e.name()).isEqualTo(LayerSpecs.global().stream().filter(l -> l.present(fleet, e))
                    .map(LayerSpec::layer).collect(Collectors.toSet()));
        }
        assertThat(plan.stacks().stream().anyMatch(s -> s.layer() == Layer.PIPELINE))
                .isEqualTo(fleet.environments().get(0).settings().has(Component.PIPELINE));
        for (StackSpec s : plan.stacks()) {
            for (StackSpec.Wait w : s.waitsFor()) {
                assertThat(position).as("%s waits for %s", s.name(), w.stack()).containsKey(w.stack());
                assertThat(position.get(w.stack())).as("%s after %s", s.name(), w.stack()).isLessThan(position.get(s.name()));
            }
        }
    }

    /** Any non-empty subset of the components (SampleFleets adds what each needs). */
    @Provide
    Arbitrary<List<Component>> components() {
        return Arbitraries.of(Component.values()).list().uniqueElements().ofMinSize(1).ofMaxSize(Component.values().length);
    }
}
