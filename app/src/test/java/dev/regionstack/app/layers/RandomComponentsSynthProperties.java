package dev.regionstack.app.layers;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fleets with random component sets, opt-in ones included, synthesize every planned stack clean (rule packs, CDK's
 * validation, the deploy simulation): a layer whose spec is missing a case fails here, not at a user's synth. Few
 * tries, small fleets: each is a full synth.
 */
class RandomComponentsSynthProperties {
    @Property(tries = 3, seed = "20261203")
    void randomComponentSetsSynthesizeClean(@ForAll long seed, @ForAll("components") List<Component> components) throws Exception {
        Fleet fleet = TestFleets.parse(SampleFleets.generate(seed, 2, 2, components));
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        SynthResult result = FleetSynthesizer.synth(fleet, plan, Files.createTempDirectory("rs-components"), l -> { });
        assertThat(result.errors()).isEmpty();
        assertThat(result.verify().lines()).isEmpty();
        assertThat(result.stacks()).hasSize(plan.stacks().size());
    }

    /** Always the opt-in pipeline, plus any subset of the rest (SampleFleets adds what each needs). */
    @Provide
    Arbitrary<List<Component>> components() {
        return Arbitraries.of(Component.values()).list().uniqueElements().ofMaxSize(Component.values().length)
                .map(list -> {
                    List<Component> withPipeline = new java.util.ArrayList<>(list);
                    if (!withPipeline.contains(Component.PIPELINE)) withPipeline.add(Component.PIPELINE);
                    return withPipeline;
                });
    }
}
