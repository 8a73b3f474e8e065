package dev.regionstack.fleet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    @Test
    void formatsAsTheSpecsOneLineForm() {
        Problem problem = new Problem("fleet.yaml", 12, 15, "environments.prod.regions.us-east-2.cidr", "`x` is not an IPv4 CIDR block");

        assertThat(problem.format())
                .isEqualTo("error: fleet.yaml:12:15: environments.prod.regions.us-east-2.cidr: `x` is not an IPv4 CIDR block");
    }

    @Test
    void everyReportedProblemHasThatShape() {
        LoadResult result = FleetLoader.load("fleet.yaml", Fleets.MINIMAL.replace("10.0.0.0/16", "10.0.0.1/16"));

        assertThat(((LoadResult.Invalid) result).problems()).singleElement().extracting(Problem::format).asString()
                .matches("error: fleet\\.yaml:\\d+:\\d+: [\\w.\\-\\[\\]]+: .+");
    }
}
