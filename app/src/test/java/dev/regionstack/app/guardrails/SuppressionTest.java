package dev.regionstack.app.guardrails;

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

    @Test
    void everyRegisteredSuppressionNamesAPackRule() {
        assertThat(SuppressionRules.ALL).allSatisfy(r -> assertThat(r.suppression().rule())
                .matches("(AwsSolutions-[A-Z0-9]+|NIST\\.800\\.53\\.R5-[A-Za-z0-9]+|CdkNagValidationFailure)"));
    }
}
