package dev.regionstack.functions.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import dev.regionstack.functions.testing.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The replay window is exactly 24 h whether or not DynamoDB's TTL process has deleted the record: DynamoDB Local,
 * like DynamoDB for hours or days, still holds the expired record here.
 */
class IdempotencyWindowTest {
    private final MovableClock clock = new MovableClock("2026-11-10T10:00:00.250Z");
    private final Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);

    @Test
    void aRetryOneSecondBeforeTheWindowEndsIsReplayed() {
        f.org("acme", 100);
        f.debit("acme", "alice", 3, "req-1");
        clock.advance(Duration.ofHours(24).minusSeconds(1));

        APIGatewayProxyResponseEvent retry = f.debit("acme", "alice", 3, "req-1");

        assertThat(retry.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(f.account("acme").balance()).isEqualTo(97);
    }

    @Test
    void theSameIdWhenTheWindowEndsIsANewRequestThoughTheRecordIsStillStored() {
        f.org("acme", 100);
        f.debit("acme", "alice", 3, "req-1");
        clock.advance(Duration.ofHours(24));

        APIGatewayProxyResponseEvent again = f.debit("acme", "alice", 3, "req-1");

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders()).doesNotContainKey("Idempotent-Replayed");
        assertThat(Fixture.body(again)).containsEntry("balance", new java.math.BigDecimal(94));
        assertThat(f.account("acme").balance()).isEqualTo(94);
    }

    @Test
    void anExpiredRecordMayBeReusedWithOtherParameters() {
        f.org("acme", 100);
        f.debit("acme", "alice", 3, "req-1");
        clock.advance(Duration.ofHours(24));

        APIGatewayProxyResponseEvent reused = f.debit("acme", "bob", 5, "req-1");

        assertThat(reused.getStatusCode()).isEqualTo(200);
        assertThat(f.account("acme").balance()).isEqualTo(92);
    }
}
