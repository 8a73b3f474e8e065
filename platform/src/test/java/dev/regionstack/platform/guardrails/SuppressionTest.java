package dev.regionstack.platform.guardrails;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionTest {
    @Test
    void aReasonShorterThanASentenceIsRejected() {
        assertThatThrownBy(() -> Suppression.of("AwsSolutions-S1", "Not needed."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suppression of AwsSolutions-S1: the reason must be at least one sentence (20+ characters,"
                        + " starting with a capital letter and ending with a period), got: Not needed.");
    }

    @Test
    void aReasonWithoutAFinalPeriodIsRejected() {
        assertThatThrownBy(() -> Suppression.of("AwsSolutions-S1", "The bucket is a log bucket itself"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("got: The bucket is a log bucket itself");
    }

    @Test
    void aSentenceIsAccepted() {
        Suppression s = Suppression.of("AwsSolutions-IAM5", List.of("Resource::*"), "X-Ray has no resource-level permissions.");
        assertThat(s.appliesTo()).containsExactly("Resource::*");
    }
}
