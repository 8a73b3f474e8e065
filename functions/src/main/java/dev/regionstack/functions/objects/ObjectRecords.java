package dev.regionstack.functions.objects;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The processor's durable record in the environment's table: one item per object of a bucket,
 * {@code pk = OBJECT#<bucket>#<key>} (a bucket name has no {@code #}, so the key part may hold anything),
 * {@code sk = OBJECT}, with the latest creation's size, ETag, version, sequencer and time, and {@code creations},
 * how many distinct creations of the key were processed.
 *
 * <p>One conditional {@code UpdateItem} per event (no read first, no transaction, which strongly consistent global
 * tables would refuse): it applies only when the item is new or holds an older sequencer. A redelivered message
 * (same sequencer) or an older event arriving late changes nothing, so {@code creations} counts each creation once.
 * Each region's processor writes only its own bucket's items (the bucket name holds the region), so global-table
 * replication never has two regions writing one item.
 */
public final class ObjectRecords {
    public static final String SORT_KEY = "OBJECT";

    /** What a write did. */
    public enum Outcome { RECORDED, ALREADY_RECORDED }

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public ObjectRecords(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    public static String partitionKey(String bucket, String key) { return "OBJECT#" + bucket + "#" + key; }

    public Outcome record(ObjectEvent event) {
        Map<String, String> names = new HashMap<>(Map.of("#bucket", "bucket", "#key", "objectKey", "#size", "size",
                "#etag", "etag", "#seq", "sequencer", "#time", "eventTime", "#event", "eventName", "#region", "awsRegion",
                "#recorded", "recordedAt", "#creations", "creations"));
        names.put("#version", "versionId");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":bucket", s(event.bucket()));
        values.put(":key", s(event.key()));
        values.put(":size", AttributeValue.fromN(Long.toString(event.size())));
        values.put(":etag", s(event.etag()));
        values.put(":seq", s(event.sequencer()));
        values.put(":time", s(event.eventTime()));
        values.put(":event", s(event.eventName()));
        values.put(":region", s(event.region()));
        values.put(":recorded", s(clock.instant().toString()));
        values.put(":one", AttributeValue.fromN("1"));
        String update = "SET #bucket = :bucket, #key = :key, #size = :size, #etag = :etag, #seq = :seq, #time = :time,"
                + " #event = :event, #region = :region, #recorded = :recorded";
        if (event.versionId().isPresent()) {
            values.put(":version", s(event.versionId().get()));
            update += ", #version = :version";
        } else {
            update += " REMOVE #version";
        }
        update += " ADD #creations :one";
        String expression = update;
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(Map.of("pk", s(partitionKey(event.bucket(), event.key())), "sk", s(SORT_KEY)))
                    .updateExpression(expression)
                    .conditionExpression("attribute_not_exists(pk) OR #seq < :seq")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
            return Outcome.RECORDED;
        } catch (ConditionalCheckFailedException e) {
            return Outcome.ALREADY_RECORDED;
        }
    }

    private static AttributeValue s(String value) { return AttributeValue.fromS(value); }
}
