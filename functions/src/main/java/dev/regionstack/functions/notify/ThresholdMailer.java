package dev.regionstack.functions.notify;

import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Keys;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Turns a queue message into one email. SQS may deliver a message more than once, so the outbox item is claimed
 * (emailClaimedAt, a lease) before sending and stamped (emailedAt) after: a duplicate delivery finds it stamped and
 * sends nothing; a claim older than the lease (a consumer that died mid-send) may be taken again.
 */
public final class ThresholdMailer {
    /** What happened to one message. */
    public enum Delivery {
        SENT,
        /** Sent by an earlier delivery of the same message. */
        ALREADY_SENT,
        /** No recipient (the org has no contact email) or no outbox item: nothing to send, nothing to retry. */
        SKIPPED,
        /** Another consumer is sending it now: retry the message later. */
        BUSY
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final EmailSender email;
    private final String templatePrefix;
    private final Clock clock;
    private final Duration lease;

    public ThresholdMailer(DynamoDbClient dynamo, String table, EmailSender email, String templatePrefix, Clock clock,
            Duration lease) {
        this.dynamo = dynamo;
        this.table = table;
        this.email = email;
        this.templatePrefix = templatePrefix;
        this.clock = clock;
        this.lease = lease;
    }

    /** The SES template of a threshold: {@code <prefix>-threshold-80} or {@code <prefix>-threshold-100}. */
    public String template(int threshold) {
        return templatePrefix + "-threshold-" + threshold;
    }

    /** Sends the notification's email at most once per outbox item; throws when SES refused (retry the message). */
    public Delivery deliver(ThresholdNotification n) {
        Map<String, AttributeValue> key = Keys.notification(n.orgId(), n.period(), n.threshold());
        long now = clock.millis();
        try {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("SET #claimed = :now")
                    .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#emailed) "
                            + "AND (attribute_not_exists(#claimed) OR #claimed < :stale)")
                    .expressionAttributeNames(Map.of("#claimed", ThresholdOutbox.EMAIL_CLAIMED,
                            "#emailed", ThresholdOutbox.EMAILED))
                    .expressionAttributeValues(Map.of(
                            ":now", AttributeValue.fromN(Long.toString(now)),
                            ":stale", AttributeValue.fromN(Long.toString(now - lease.toMillis()))))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        } catch (ConditionalCheckFailedException e) {
            if (!e.hasItem() || e.item().isEmpty()) {
                return Delivery.SKIPPED;
            }
            return e.item().containsKey(ThresholdOutbox.EMAILED) ? Delivery.ALREADY_SENT : Delivery.BUSY;
        }
        if (n.contactEmail() == null || n.contactEmail().isBlank()) {
            stamp(key, "no-recipient");
            return Delivery.SKIPPED;
        }
        try {
            email.sendTemplated(n.contactEmail(), template(n.threshold()), templateData(n));
        } catch (RuntimeException e) {
            dynamo.updateItem(b -> b.tableName(table).key(key)
                    .updateExpression("REMOVE #claimed")
                    .expressionAttributeNames(Map.of("#claimed", ThresholdOutbox.EMAIL_CLAIMED)));
            throw e;
        }
        stamp(key, clock.instant().toString());
        return Delivery.SENT;
    }

    private void stamp(Map<String, AttributeValue> key, String value) {
        dynamo.updateItem(b -> b.tableName(table).key(key)
                .updateExpression("SET #emailed = :v")
                .expressionAttributeNames(Map.of("#emailed", ThresholdOutbox.EMAILED))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(value))));
    }

    static String templateData(ThresholdNotification n) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orgId", n.orgId());
        data.put("period", n.period());
        data.put("threshold", n.threshold());
        data.put("used", n.used());
        data.put("allowance", n.allowance());
        data.put("balance", n.balance());
        return Json.write(data);
    }
}
