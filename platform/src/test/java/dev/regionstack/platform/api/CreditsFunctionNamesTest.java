package dev.regionstack.platform.api;

import dev.regionstack.names.PhysicalNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fleet validator checks the function names the platform really builds. */
class CreditsFunctionNamesTest {
    @Test
    void theValidatorKnowsEveryFunction() {
        assertThat(PhysicalNames.FUNCTIONS).containsExactlyElementsOf(CreditsFunction.shortNames());
    }
}
