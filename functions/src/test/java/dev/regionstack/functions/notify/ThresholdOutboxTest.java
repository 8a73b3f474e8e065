package dev.regionstack.functions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.credits.Account;
import dev.regionstack.functions.testing.Fixture;
import dev.regionstack.functions.testing.MovableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ThresholdOutboxTest {
    private static final String NOW = "2026-11-10T10:00:00Z";

    @Test
    void aPublishThatFailedIsRetriedByALaterDebitOnceTheLeaseHasPassed() {
        MovableClock clock = new MovableClock(NOW);
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100);
        f.debit("acme", "u", 85, "r1");
        Account at85 = f.account("acme");
        List<ThresholdNotification> sent = new CopyOnWriteArrayList<>();
        // The first publisher's SQS call fails after its outbox put: the item stays PENDING.
        f.dynamo.updateItem(b -> b.tableName(f.table).key(Keys.notification("acme", at85.period(), 80))
                .updateExpression("SET #s = :p").expressionAttributeNames(java.util.Map.of("#s", "state"))
                .expressionAttributeValues(java.util.Map.of(":p", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PENDING"))));
        ThresholdOutbox outbox = new ThresholdOutbox(f.dynamo, f.table, f.accounts, sent::add, clock, Duration.ofSeconds(60));
        Account notYetNotified = new Account(at85.orgId(), at85.tier(), at85.homeRegion(), at85.balance(), at85.period(),
                at85.allowance(), at85.used(), java.util.Set.of(), at85.userLimits(), at85.userLeft(), at85.applied(), null,
                java.util.Set.of());

        outbox.afterDebit(notYetNotified); // within the lease: someone may still be publishing
        clock.advance(Duration.ofSeconds(61));
        outbox.afterDebit(notYetNotified);

        assertThat(sent).extracting(ThresholdNotification::threshold, ThresholdNotification::used)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(80, 85L));
    }

    @Test
    void aPublisherFailureDoesNotFailTheDebit() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100);
        ThresholdOutbox failing = new ThresholdOutbox(f.dynamo, f.table, f.accounts, n -> {
            throw new IllegalStateException("SQS unavailable");
        }, java.time.Clock.systemUTC(), Duration.ofSeconds(60));
        dev.regionstack.functions.usage.UsageService usage = new dev.regionstack.functions.usage.UsageService(
                f.accounts, f.ledger, failing);

        assertThat(usage.check("acme", "u", 90, "r1").status()).isEqualTo(200);
        assertThat(f.account("acme").notified()).isEmpty();
    }

    @Test
    void aPublisherThatLostItsLeaseDoesNotMarkTheNotificationPublished() {
        MovableClock clock = new MovableClock(NOW);
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2", clock);
        f.org("acme", 100);
        List<ThresholdNotification> sent = new CopyOnWriteArrayList<>();
        // B takes the claim over while A is still sending, and B's own send fails: the claim is B's, still PENDING.
        ThresholdOutbox b = new ThresholdOutbox(f.dynamo, f.table, f.accounts, n -> {
            throw new IllegalStateException("SQS unavailable");
        }, clock, Duration.ofSeconds(60));
        ThresholdOutbox a = new ThresholdOutbox(f.dynamo, f.table, f.accounts, n -> {
            clock.advance(Duration.ofSeconds(61));
            b.afterDebit(f.account("acme"));
            sent.add(n);
        }, clock, Duration.ofSeconds(60));

        new dev.regionstack.functions.usage.UsageService(f.accounts, f.ledger, a).check("acme", "u", 85, "r1");

        java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = f.dynamo.getItem(r -> r
                .tableName(f.table).key(Keys.notification("acme", f.accounts.currentPeriod(), 80)).consistentRead(true)).item();
        assertThat(sent).hasSize(1);
        assertThat(item.get("state").s()).isEqualTo("PENDING");
        assertThat(f.account("acme").notified()).isEmpty();

        // B's claim is retried once its lease has passed, and that owner marks it published.
        clock.advance(Duration.ofSeconds(61));
        new ThresholdOutbox(f.dynamo, f.table, f.accounts, sent::add, clock, Duration.ofSeconds(60)).afterDebit(f.account("acme"));
        assertThat(sent).hasSize(2);
        assertThat(f.dynamo.getItem(r -> r.tableName(f.table).key(Keys.notification("acme", f.accounts.currentPeriod(), 80))
                .consistentRead(true)).item().get("state").s()).isEqualTo("PUBLISHED");
        assertThat(f.account("acme").notified()).containsExactly(80);
    }
}
