package dev.regionstack.functions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsistencyTest {
    @Test
    void parsesEitherCase() {
        assertThat(Consistency.parse(" eventual ")).isEqualTo(Consistency.EVENTUAL);
    }

    @Test
    void refusesAnUnknownMode() {
        assertThatThrownBy(() -> Consistency.parse("quorum")).hasMessage("CONSISTENCY is 'quorum': expected STRONG or EVENTUAL");
    }

    @Test
    void refusesAMissingMode() {
        assertThatThrownBy(() -> Consistency.parse(null)).hasMessage("CONSISTENCY is not set: expected STRONG or EVENTUAL");
    }
}
