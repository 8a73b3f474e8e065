package dev.regionstack.app.verify;

import dev.regionstack.app.guardrails.GuardrailFleets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy simulation that ends every synth is clean on the example and on every test fleet: every component,
 * every sizing, one to six regions, no Aurora, environments sharing an account, the pipeline on.
 */
class DeploySimulationCleanTest {
    static Stream<String> fleets() { return GuardrailFleets.names().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void verifyFindsNothing(String fleet) {
        var report = GuardrailFleets.get(fleet).result().verify();
        assertThat(report.lines()).as(report.summary()).isEmpty();
        assertThat(report.checks()).as("it examined something").isGreaterThan(100);
    }
}
