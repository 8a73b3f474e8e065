package dev.regionstack.functions.objects;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.regionstack.functions.testing.LocalDynamo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The processor against the real DynamoDB Local engine, with message bodies shaped as S3 sends them. */
class ObjectEventHandlerTest {
    private static final String BUCKET = "rs-dev-eu-west-2-123456789012-data";

    private final DynamoDbClient dynamo = LocalDynamo.get().client();
    private final String table = LocalDynamo.get().createTable();
    private final ObjectEventHandler handler = new ObjectEventHandler(
            new ObjectRecords(dynamo, table, Clock.fixed(Instant.parse("2026-12-03T13:00:00Z"), ZoneOffset.UTC)));

    static String created(String key, long size, String etag, String version, String sequencer) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"eu-west-2\","
                + "\"eventTime\":\"2026-12-03T12:59:58.123Z\",\"eventName\":\"ObjectCreated:Put\","
                + "\"s3\":{\"s3SchemaVersion\":\"1.0\",\"configurationId\":\"c\",\"bucket\":{\"name\":\"" + BUCKET + "\","
                + "\"arn\":\"arn:aws:s3:::" + BUCKET + "\"},\"object\":{\"key\":\"" + key + "\",\"size\":" + size + ","
                + "\"eTag\":\"" + etag + "\",\"versionId\":\"" + version + "\",\"sequencer\":\"" + sequencer + "\"}}}]}";
    }

    static SQSEvent event(String... bodies) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("m" + i);
            m.setBody(bodies[i]);
            records.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private Map<String, AttributeValue> item(String key) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                "pk", AttributeValue.fromS(ObjectRecords.partitionKey(BUCKET, key)), "sk", AttributeValue.fromS("OBJECT")))).item();
    }

    @Test
    void recordsTheObjectsBucketKeySizeEtagVersionAndTime() {
        SQSBatchResponse response = handler.handleRequest(event(created("in/report+2026.csv", 1234, "abc", "v1", "0062E99A88DC407460")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        Map<String, AttributeValue> item = item("in/report 2026.csv");
        assertThat(item.get("bucket").s()).isEqualTo(BUCKET);
        assertThat(item.get("objectKey").s()).isEqualTo("in/report 2026.csv");
        assertThat(item.get("size").n()).isEqualTo("1234");
        assertThat(item.get("etag").s()).isEqualTo("abc");
        assertThat(item.get("versionId").s()).isEqualTo("v1");
        assertThat(item.get("eventTime").s()).isEqualTo("2026-12-03T12:59:58.123Z");
        assertThat(item.get("recordedAt").s()).isEqualTo("2026-12-03T13:00:00Z");
        assertThat(item.get("creations").n()).isEqualTo("1");
    }

    @Test
    void aRedeliveredMessageDoesNotCountTwice() {
        String body = created("a.json", 10, "e1", "v1", "0062E99A88DC407460");

        handler.handleRequest(event(body), null);
        SQSBatchResponse again = handler.handleRequest(event(body, body), null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(item("a.json").get("creations").n()).isEqualTo("1");
    }

    @Test
    void aNewerCreationOfTheKeyReplacesTheRecordAndCounts() {
        handler.handleRequest(event(created("a.json", 10, "e1", "v1", "0062E99A88DC407460")), null);
        handler.handleRequest(event(created("a.json", 20, "e2", "v2", "0062E99A88DC407461")), null);

        Map<String, AttributeValue> item = item("a.json");
        assertThat(item.get("etag").s()).isEqualTo("e2");
        assertThat(item.get("size").n()).isEqualTo("20");
        assertThat(item.get("creations").n()).isEqualTo("2");
    }

    @Test
    void anOlderCreationArrivingLateChangesNothing() {
        // a longer sequencer is compared after right-padding the shorter one: 0062E99A88DC4074 < 0062E99A88DC407461
        handler.handleRequest(event(created("a.json", 20, "new", "v2", "0062E99A88DC407461")), null);
        handler.handleRequest(event(created("a.json", 10, "old", "v1", "0062E99A88DC4074")), null);

        Map<String, AttributeValue> item = item("a.json");
        assertThat(item.get("etag").s()).isEqualTo("new");
        assertThat(item.get("creations").n()).isEqualTo("1");
    }

    @Test
    void s3sTestEventIsAcknowledgedAndRecordsNothing() {
        SQSBatchResponse response = handler.handleRequest(event("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\","
                + "\"Time\":\"2026-12-03T12:00:00.000Z\",\"Bucket\":\"" + BUCKET + "\",\"RequestId\":\"r\",\"HostId\":\"h\"}"), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(dynamo.scan(b -> b.tableName(table)).count()).isZero();
    }

    @Test
    void aMessageThatIsNotAnS3EventFailsAloneSoItReachesTheDeadLetterQueue() {
        SQSBatchResponse response = handler.handleRequest(event("not json", created("b.json", 1, "e", "v", "01")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier).containsExactly("m0");
        assertThat(item("b.json")).containsKey("creations");
    }

    @Test
    void aFailedWriteIsReportedForRetry() {
        ObjectEventHandler broken = new ObjectEventHandler(new ObjectRecords(dynamo, "no-such-table", Clock.systemUTC()));

        SQSBatchResponse response = broken.handleRequest(event(created("c.json", 1, "e", "v", "01")), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier).containsExactly("m0");
    }
}
