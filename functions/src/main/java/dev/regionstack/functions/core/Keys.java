package dev.regionstack.functions.core;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The single-table layout (partition key {@code pk}, sort key {@code sk}, TTL attribute {@code ttl}); the README
 * documents every item. Ids are validated by {@link Requests#ID}, so they never contain the '#' separator.
 */
public final class Keys {
    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String TTL = "ttl";
    public static final String ACCOUNT_SK = "ACCOUNT";
    public static final String LEDGER_SK = "LEDGER";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    /** The organisation's account item: balance, period usage, thresholds sent, user limits, home region. */
    public static Map<String, AttributeValue> account(String orgId) {
        return key("ORG#" + orgId, ACCOUNT_SK);
    }

    /** The outbox item of one threshold crossing; the same partition as the account, so one query lists both. */
    public static Map<String, AttributeValue> notification(String orgId, String period, int threshold) {
        return key("ORG#" + orgId, "NOTIFY#" + period + "#" + threshold);
    }

    /** An idempotency (ledger) record: kind is USAGE, GRANT or PAYMENT; each in its own partition. */
    public static Map<String, AttributeValue> ledger(String kind, String orgId, String id) {
        return key(kind + "#" + orgId + "#" + id, LEDGER_SK);
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    /** The billing period: the calendar month in UTC, e.g. 2026-11; strings of it sort in time order. */
    public static String period(Clock clock) {
        return PERIOD.format(clock.instant());
    }
}
