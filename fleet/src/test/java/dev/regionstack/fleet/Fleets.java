package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: load YAML text as {@code fleet.yaml}, as problems in the one-line form or as a resolved fleet. */
final class Fleets {
    /** The smallest valid fleet; rule tests change one thing in it. */
    static final String MINIMAL = """
            project: acme
            environments:
              prod:
                account: "111111111111"
                regions:
                  us-east-1: {cidr: 10.0.0.0/16, primary: true}
            """;

    private Fleets() {}

    static List<String> problems(String yaml) {
        LoadResult result = FleetLoader.load("fleet.yaml", yaml);
        assertThat(result).as("expected problems, the file loaded").isInstanceOf(LoadResult.Invalid.class);
        return ((LoadResult.Invalid) result).problems().stream().map(Problem::format).toList();
    }

    static Fleet load(String yaml) {
        LoadResult result = FleetLoader.load("fleet.yaml", yaml);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new AssertionError("expected a valid fleet, got:\n"
                    + String.join("\n", invalid.problems().stream().map(Problem::format).toList()));
        }
        return ((LoadResult.Loaded) result).fleet();
    }

    /** One rule's case: a file with one mistake, and the exact line it must produce. */
    static Arguments rule(String rule, String yaml, String expected) {
        return Arguments.of(rule, yaml, expected);
    }
}
