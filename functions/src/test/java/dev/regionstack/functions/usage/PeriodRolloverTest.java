package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.credits.Account;
import dev.regionstack.functions.notify.ThresholdNotification;
import dev.regionstack.functions.testing.Fixture;
import dev.regionstack.functions.testing.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodRolloverTest {
    @Test
    void theFirstDebitOfAMonthStartsTheNewPeriodFromTheCarriedOverBalance() {
        MovableClock clock = new MovableClock("2026-11-30T23:59:00Z");
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100);
        f.debit("acme", "u", 60, "r1");
        clock.advance(Duration.ofMinutes(2));

        f.debit("acme", "u", 4, "r2");

        Account account = f.account("acme");
        assertThat(List.of(account.period(), String.valueOf(account.balance()), String.valueOf(account.allowance()),
                String.valueOf(account.used()))).containsExactly("2026-12", "36", "40", "4");
    }

    @Test
    void thresholdsAreSentAgainInTheNewPeriod() {
        MovableClock clock = new MovableClock("2026-11-30T23:59:00Z");
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100);
        f.debit("acme", "u", 80, "r1");
        clock.advance(Duration.ofMinutes(2));

        f.debit("acme", "u", 16, "r2"); // 16 of the 20 carried over: 80% of the new period

        assertThat(f.published.messages()).extracting(ThresholdNotification::period, ThresholdNotification::threshold)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11", 80), org.assertj.core.groups.Tuple.tuple("2026-12", 80));
    }

    @Test
    void userLimitsStartAfreshInTheNewPeriod() {
        MovableClock clock = new MovableClock("2026-11-30T23:59:00Z");
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100, Map.of("userLimits", Map.of("alice", 5)));
        f.debit("acme", "alice", 5, "r1");
        clock.advance(Duration.ofMinutes(2));

        assertThat(f.debit("acme", "alice", 5, "r2").getStatusCode()).isEqualTo(200);
    }

    @Test
    void theCreditsViewOfAnOrgIdleSinceLastMonthShowsNoUsageThisPeriod() {
        MovableClock clock = new MovableClock("2026-11-30T23:59:00Z");
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100);
        f.debit("acme", "u", 30, "r1");
        clock.advance(Duration.ofMinutes(2));

        Map<String, Object> view = f.credits.view("acme");

        assertThat(view).containsEntry("period", "2026-12").containsEntry("usedThisPeriod", 0L).containsEntry("allowance", 70L);
    }
}
