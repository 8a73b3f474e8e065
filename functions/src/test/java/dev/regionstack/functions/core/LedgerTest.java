package dev.regionstack.functions.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regionstack.functions.testing.LocalDynamo;
import dev.regionstack.functions.testing.MovableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LedgerTest {
    private final DynamoDbClient dynamo = LocalDynamo.get().client();
    private final String table = LocalDynamo.get().createTable();
    private final MovableClock clock = new MovableClock("2026-11-10T10:00:00Z");
    private final Map<String, AttributeValue> key = Keys.ledger("USAGE", "acme", "r1");

    private void abandonedClaim(String fingerprint) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("state", AttributeValue.fromS("PENDING"));
        item.put("owner", AttributeValue.fromS("crashed-container"));
        item.put("fingerprint", AttributeValue.fromS(fingerprint));
        item.put("startedAt", AttributeValue.fromN(Long.toString(clock.millis())));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    @Test
    void aClaimOlderThanTheLeaseIsTakenOverAndItsAnswerStored() {
        Ledger ledger = new Ledger(dynamo, table, clock, Duration.ofSeconds(60), Duration.ofSeconds(1));
        abandonedClaim("f");
        clock.advance(Duration.ofSeconds(61));

        Ledger.Result result = ledger.run(key, "f", Duration.ofHours(1), () -> new Ledger.Outcome(200, "{\"ok\":1}", true), () -> { });

        assertThat(result).isEqualTo(new Ledger.Result(200, "{\"ok\":1}", false));
        assertThat(ledger.run(key, "f", Duration.ofHours(1), () -> new Ledger.Outcome(500, "no", true), () -> { }))
                .isEqualTo(new Ledger.Result(200, "{\"ok\":1}", true));
    }

    @Test
    void aFreshClaimMakesADuplicateWaitThenAnswer409() {
        Ledger ledger = new Ledger(dynamo, table, java.time.Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofMillis(200));
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("state", AttributeValue.fromS("PENDING"));
        item.put("owner", AttributeValue.fromS("busy-container"));
        item.put("fingerprint", AttributeValue.fromS("f"));
        item.put("startedAt", AttributeValue.fromN(Long.toString(System.currentTimeMillis())));
        dynamo.putItem(b -> b.tableName(table).item(item));
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> ledger.run(key, "f", null, () -> {
            runs.incrementAndGet();
            return new Ledger.Outcome(200, "{}", true);
        }, () -> { })).isInstanceOf(ApiException.class).hasMessage("a request with this id is still being processed; retry shortly");
        assertThat(runs.get()).isZero();
    }

    @Test
    void aFailingOperationReleasesTheClaimAtOnce() {
        Ledger ledger = new Ledger(dynamo, table, clock, Duration.ofSeconds(60), Duration.ofSeconds(1));

        assertThatThrownBy(() -> ledger.run(key, "f", null, () -> {
            throw new IllegalStateException("DynamoDB unavailable");
        }, () -> { })).hasMessage("DynamoDB unavailable");

        assertThat(dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).hasItem()).isFalse();
    }

    @Test
    void theRecordExpiresAfterItsRetention() {
        Ledger ledger = new Ledger(dynamo, table, clock, Duration.ofSeconds(60), Duration.ofSeconds(1));

        ledger.run(key, "f", Duration.ofHours(24), () -> new Ledger.Outcome(200, "{}", true), () -> { });

        assertThat(dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item().get("ttl").n())
                .isEqualTo(Long.toString(clock.instant().plus(Duration.ofHours(24)).getEpochSecond()));
    }
}
