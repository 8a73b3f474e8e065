package dev.regionstack.app.guardrails;

import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verify module's {@code tags} check passes on the example fleet and every test fleet: each resource whose type
 * takes tags (AWS's resource specification) carries its stack's tags, the ones CDK adds by itself included, and
 * each global table replica carries its own region.
 */
class VerifiedTagsTest {
    static List<String> fleets() { return GuardrailFleets.names(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fleets")
    void everyTaggableResourceCarriesItsStacksTags(String fleet) {
        var report = Verifier.verify(GuardrailFleets.get(fleet).result().outdir());
        List<String> problems = report.problems().stream().filter(p -> p.check().equals("tags")).map(Problem::line).toList();
        assertThat(problems).as("%s: %s", fleet, report.summary()).isEmpty();
    }
}
