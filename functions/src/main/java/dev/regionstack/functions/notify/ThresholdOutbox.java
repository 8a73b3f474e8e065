package dev.regionstack.functions.notify;

import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.core.Log;
import dev.regionstack.functions.core.Metrics;
import dev.regionstack.functions.credits.Account;
import dev.regionstack.functions.credits.Accounts;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dev.regionstack.functions.core.PendingClaims;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Exactly one notification per org, period and threshold. After a debit, for each threshold the new usage reaches
 * (and that the account does not list as notified), the caller tries to create the threshold's outbox item with a
 * conditional put; only the one caller whose put succeeds publishes the message. The item then records PUBLISHED
 * and the account lists the threshold as notified, so later debits skip the check. A publisher that dies between
 * the put and the send leaves a PENDING item, which a later debit re-publishes once its claim is older than the lease.
 * Marking the item PUBLISHED is conditional on still owning the claim, so a publisher whose lease was taken over
 * meanwhile leaves the item to its new owner (delivery stays at least once; FIFO queues drop the duplicate by id).
 */
public final class ThresholdOutbox {
    /** Percent thresholds of the period's allowance. */
    public static final List<Integer> THRESHOLDS = List.of(80, 100);
    static final String STATE = "state";
    static final String OWNER = "owner";
    static final String CLAIMED = "claimedAt";
    static final String EMAIL_CLAIMED = "emailClaimedAt";
    static final String EMAILED = "emailedAt";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Accounts accounts;
    private final NotificationPublisher publisher;
    private final Clock clock;
    private final Duration lease;

    public ThresholdOutbox(DynamoDbClient dynamo, String table, Accounts accounts, NotificationPublisher publisher,
            Clock clock, Duration lease) {
        this.dynamo = dynamo;
        this.table = table;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
        this.lease = lease;
    }

    /** Called with the account as a debit left it. Never throws: a notification problem must not fail a debit. */
    public void afterDebit(Account account) {
        for (int threshold : THRESHOLDS) {
            if (reached(account, threshold) && !account.notified().contains(threshold)) {
                try {
                    emit(account, threshold);
                } catch (RuntimeException e) {
                    Log.error("threshold notification not published; a later debit retries it", Map.of(
                            "orgId", account.orgId(), "threshold", threshold, "exception", e.toString()));
                }
            }
        }
    }

    static boolean reached(Account account, int threshold) {
        // used/allowance >= threshold%, in integers; allowances fit far below overflow (units are capped).
        return account.allowance() > 0 && account.used() * 100 >= (long) threshold * account.allowance();
    }

    private void emit(Account account, int threshold) {
        ThresholdNotification message = new ThresholdNotification(account.orgId(), account.period(), threshold,
                account.used(), account.allowance(), account.balance(), account.contactEmail());
        Map<String, AttributeValue> key = Keys.notification(account.orgId(), account.period(), threshold);
        String token = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(STATE, AttributeValue.fromS("PENDING"));
        item.put(OWNER, AttributeValue.fromS(token));
        item.put(CLAIMED, AttributeValue.fromN(Long.toString(clock.millis())));
        item.put("message", AttributeValue.fromS(message.toJson()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> existing = e.item();
            if (existing == null || existing.isEmpty() || !"PENDING".equals(existing.get(STATE).s())) {
                accounts.markNotified(account.orgId(), account.period(), threshold);
                return;
            }
            long claimedAt = Long.parseLong(existing.get(CLAIMED).n());
            if (clock.millis() - claimedAt <= lease.toMillis() || !takeOver(key, existing.get(OWNER).s(), token)) {
                return; // someone is publishing it right now
            }
            // The first publisher died before sending: send the message it stored.
            message = ThresholdNotification.fromJson(existing.get("message").s());
        }
        publisher.publish(message);
        Metrics.count("usage", "ThresholdNotifications");
        Log.info("threshold notification published", Map.of("orgId", message.orgId(), "period", message.period(),
                "threshold", threshold));
        try {
            // Only the lease holder finishes: a publisher that was slow past its lease may have been taken over, and
            // the new owner's claim (and its retry, should its send fail) must not be marked done under it.
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET #state = :published")
                    .conditionExpression("#owner = :token AND #state = :pending")
                    .expressionAttributeNames(Map.of("#state", STATE, "#owner", OWNER))
                    .expressionAttributeValues(Map.of(
                            ":published", AttributeValue.fromS("PUBLISHED"),
                            ":pending", AttributeValue.fromS("PENDING"),
                            ":token", AttributeValue.fromS(token))));
        } catch (ConditionalCheckFailedException lost) {
            Log.warn("threshold notification published after its lease was taken over; the new owner finishes it",
                    Map.of("orgId", message.orgId(), "period", message.period(), "threshold", threshold));
            return;
        }
        accounts.markNotified(account.orgId(), account.period(), threshold);
    }

    private boolean takeOver(Map<String, AttributeValue> key, String oldOwner, String newOwner) {
        return PendingClaims.takeOver(dynamo, table, key, CLAIMED, oldOwner, newOwner, clock.millis());
    }
}
