package dev.regionstack.app.rollout;

import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionTest {
    private final Fleet example = TestFleets.example();

    @Test
    void unknownEnvironmentNamesTheOnesThatExist() {
        assertThat(new Selection(Optional.of("qa"), List.of()).problems(example))
                .containsExactly("--env qa: no such environment; the fleet has dev, prod");
    }

    @Test
    void aLongArgumentIsCutInTheMessage() {
        assertThat(new Selection(Optional.of("q".repeat(100_000)), List.of()).problems(example))
                .containsExactly("--env " + "q".repeat(60) + "…: no such environment; the fleet has dev, prod");
    }

    @Test
    void unknownDeploymentIsAProblem() {
        assertThat(new Selection(Optional.empty(), List.of("prod/eu-west-9")).problems(example))
                .singleElement().asString().startsWith("--only prod/eu-west-9: no such deployment; use ENV/REGION, one of dev/eu-west-2");
    }

    @Test
    void onlyOutsideTheChosenEnvironmentIsAProblem() {
        assertThat(new Selection(Optional.of("dev"), List.of("prod/us-east-1")).problems(example))
                .containsExactly("--only prod/us-east-1: not in --env dev");
    }

    @Test
    void validSelectionHasNoProblems() {
        assertThat(new Selection(Optional.of("prod"), List.of("prod/us-east-1")).problems(example)).isEmpty();
    }
}
