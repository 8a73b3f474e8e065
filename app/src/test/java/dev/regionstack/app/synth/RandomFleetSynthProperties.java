package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Random valid fleets synthesize, and every stack stays under 400 resources and 800 kB. Few tries: each is a full synth. */
class RandomFleetSynthProperties {
    @Property(tries = 3, seed = "20261122")
    void randomValidFleetsSynthesizeWithinLimits(@ForAll long seed,
                                                @ForAll @IntRange(min = 1, max = 4) int environments,
                                                @ForAll @IntRange(min = 1, max = 6) int regions) throws Exception {
        Fleet fleet = TestFleets.generated(seed, environments, regions, Component.DEFAULTS);
        Path out = Files.createTempDirectory("rs-prop");
        SynthResult result = FleetSynthesizer.synth(fleet, RolloutPlan.of(fleet), out, l -> { });
        assertThat(result.errors()).isEmpty();
        assertThat(result.stacks()).hasSize(RolloutPlan.of(fleet).stacks().size());
        assertThat(result.stacks()).allSatisfy(s -> {
            assertThat(s.resources()).as(s.name()).isLessThan(400);
            assertThat(s.bytes()).as(s.name()).isLessThan(800 * 1024);
        });
    }
}
