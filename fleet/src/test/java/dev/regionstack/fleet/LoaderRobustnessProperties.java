package dev.regionstack.fleet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, loading returns a result and never throws. */
class LoaderRobustnessProperties {

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> tokens = Arbitraries.of("project: acme\n", "environments:\n", "  prod:\n", "    regions:\n",
                "      us-east-1: {cidr: 10.0.0.0/16, primary: true}\n", "- ", "[", "]", "{", "}", ": ", ", ", "&a ", "*a",
                "? ", "!!binary ", "!tag ", "\"", "'", "|\n", ">\n", "\t", "\n", "  ", "---\n", "...\n", "%YAML 1.2\n",
                "~", "null", "0x1F", "1e3", ".inf", "yes", "NO", "\u00e9", "\uFEFF", "#", "<<: ", "%", "@", "`");
        return tokens.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 500)
    void neverThrows(@ForAll("yamlish") String text) {
        LoadResult result = FleetLoader.load("fuzz.yaml", text);

        assertThat(result).isInstanceOfAny(LoadResult.Loaded.class, LoadResult.Invalid.class);
        if (result instanceof LoadResult.Invalid invalid) {
            assertThat(invalid.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryCharacters(@ForAll String text) {
        assertThat(FleetLoader.load("fuzz.yaml", text)).isInstanceOfAny(LoadResult.Loaded.class, LoadResult.Invalid.class);
    }
}
