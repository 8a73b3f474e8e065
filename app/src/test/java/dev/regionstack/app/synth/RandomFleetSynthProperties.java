package dev.regionstack.app.synth;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.sample.SampleFleets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random valid fleets, with project names of any valid length, synthesize; every stack stays under 400 resources and
 * 800 kB, and the deploy simulation finds nothing (so every physical name in the assembly passes AWS's rules). Few
 * tries: each is a full synth.
 */
class RandomFleetSynthProperties {
    @Property(tries = 3, seed = "20261122")
    void randomValidFleetsSynthesizeWithinLimits(@ForAll long seed,
                                                @ForAll @IntRange(min = 1, max = 4) int environments,
                                                @ForAll @IntRange(min = 1, max = 6) int regions,
                                                @ForAll("projects") String project) throws Exception {
        String yaml = SampleFleets.generate(seed, environments, regions, Component.DEFAULTS)
                .replaceFirst("(?m)^project: .*$", "project: " + project);
        LoadResult loaded = FleetLoader.load("fleet.yaml", yaml);
        Assume.that(loaded instanceof LoadResult.Loaded); // a name over a limit is the validator's to refuse
        Fleet fleet = ((LoadResult.Loaded) loaded).fleet();
        Path out = Files.createTempDirectory("rs-prop");
        SynthResult result = FleetSynthesizer.synth(fleet, RolloutPlanner.plan(fleet), out, l -> { });
        assertThat(result.errors()).isEmpty();
        assertThat(result.verify().lines()).isEmpty();
        assertThat(result.stacks()).hasSize(RolloutPlanner.plan(fleet).stacks().size());
        assertThat(result.stacks()).allSatisfy(s -> {
            assertThat(s.resources()).as(s.name()).isLessThan(400);
            assertThat(s.bytes()).as(s.name()).isLessThan(800 * 1024);
        });
    }

    /** {@code ^[a-z][a-z0-9-]{1,18}[a-z0-9]$}, long ones as likely as short ones. */
    @Provide
    Arbitrary<String> projects() {
        Arbitrary<String> middle = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(1).ofMaxLength(18);
        return net.jqwik.api.Combinators.combine(Arbitraries.chars().range('a', 'z'), middle, Arbitraries.chars().range('a', 'z').with('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
                .as((first, rest, last) -> first + rest + last);
    }
}
