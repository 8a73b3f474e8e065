package dev.regionstack.fleet;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated sample fleet is valid and has the shape asked for. */
class SampleFleetsProperties {

    @Provide
    Arbitrary<List<Component>> components() {
        return Arbitraries.of(Component.class).list().ofMaxSize(5).uniqueElements();
    }

    @Property(tries = 200)
    void generatedFleetsLoadWithoutProblems(@ForAll long seed,
                                            @ForAll @IntRange(min = 1, max = 4) int environments,
                                            @ForAll @IntRange(min = 1, max = 6) int regions,
                                            @ForAll("components") List<Component> components) {
        String yaml = SampleFleets.generate(seed, environments, regions, components);

        LoadResult result = FleetLoader.load("sample.yaml", yaml);

        assertThat(result).as(() -> yaml + "\n" + result).isInstanceOf(LoadResult.Loaded.class);
        Fleet fleet = ((LoadResult.Loaded) result).fleet();
        assertThat(fleet.environments()).hasSize(environments);
        assertThat(fleet.environments()).allSatisfy(env -> {
            assertThat(env.deployments()).hasSize(regions);
            assertThat(env.deployments()).filteredOn(Deployment::primary).hasSize(1);
            assertThat(env.settings().components()).containsAll(components.stream()
                    .filter(c -> c != Component.DNS || env.dns().isPresent()).toList());
        });
        assertThat(fleet.environments()).extracting(Environment::account).doesNotHaveDuplicates();
        assertThat(fleet.environments()).allSatisfy(env -> assertThat(env.dns().isPresent()).isEqualTo(components.contains(Component.DNS)));
    }

    @Property(tries = 20)
    void theSameArgumentsGiveTheSameText(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int environments) {
        assertThat(SampleFleets.generate(seed, environments, 3, List.of(Component.APP)))
                .isEqualTo(SampleFleets.generate(seed, environments, 3, List.of(Component.APP)));
    }

    /** Beyond 8 regions an environment draws from 8 more, and keeps a /16 of its own per region. */
    @Property(tries = 10)
    void environmentsOfUpTo16RegionsAreValid(@ForAll long seed, @ForAll @IntRange(min = 9, max = 16) int regions) {
        String yaml = SampleFleets.generate(seed, 3, regions, Component.DEFAULTS);
        LoadResult result = FleetLoader.load("sample.yaml", yaml);
        assertThat(result).as(() -> yaml + "\n" + result).isInstanceOf(LoadResult.Loaded.class);
        Fleet fleet = ((LoadResult.Loaded) result).fleet();
        assertThat(fleet.environments()).allSatisfy(env -> assertThat(env.deployments()).hasSize(regions));
        assertThat(fleet.deployments()).extracting(Deployment::cidr).doesNotHaveDuplicates();
    }
}
