package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.notify.ThresholdNotification;
import dev.regionstack.functions.testing.Concurrently;
import dev.regionstack.functions.testing.Fixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdNotificationEmissionTest {
    @Test
    void concurrentDebitsPastBothThresholdsPublishExactlyOneMessageEach() throws Exception {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("contactEmail", "ops@acme.example"));

        Concurrently.run(150, i -> f.debit("acme", "u", 1, "req-" + i));

        assertThat(f.published.messages()).extracting(ThresholdNotification::threshold)
                .containsExactlyInAnyOrder(80, 100);
        assertThat(f.account("acme").notified()).containsExactlyInAnyOrder(80, 100);
    }

    @Test
    void theEightyPercentMessageCarriesTheUsageThatReachedIt() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("contactEmail", "ops@acme.example"));

        f.debit("acme", "u", 79, "r1");
        f.debit("acme", "u", 1, "r2");

        assertThat(f.published.messages()).containsExactly(new ThresholdNotification(
                "acme", f.accounts.currentPeriod(), 80, 80, 100, 20, "ops@acme.example"));
    }

    @Test
    void usageBelowEightyPercentPublishesNothing() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);

        f.debit("acme", "u", 79, "r1");

        assertThat(f.published.messages()).isEmpty();
    }

    @Test
    void oneDebitJumpingPastBothThresholdsPublishesBoth() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 50);

        f.debit("acme", "u", 50, "r1");

        assertThat(f.published.messages()).extracting(ThresholdNotification::threshold).containsExactly(80, 100);
    }
}
