package dev.regionstack.functions.objects;

import dev.regionstack.functions.core.Json;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One S3 object-created event, as S3 writes it into an SQS message body ({@code {"Records":[...]}}).
 *
 * @param bucket    the bucket's name
 * @param key       the object key, URL-decoded (S3 sends keys form-encoded: a space arrives as {@code +})
 * @param size      bytes
 * @param etag      the object's ETag
 * @param versionId the version (the data buckets are versioned), when S3 names one
 * @param sequencer S3's ordering of events on one key, normalised ({@link #normalisedSequencer}) so that string
 *                  comparison is S3's ordering
 * @param eventTime when S3 finished the request (ISO-8601, as sent)
 * @param eventName e.g. {@code ObjectCreated:Put}
 * @param region    the bucket's region ({@code awsRegion})
 */
public record ObjectEvent(String bucket, String key, long size, String etag, Optional<String> versionId,
                          String sequencer, String eventTime, String eventName, String region) {
    /** S3 sequencers are short hex strings; 64 characters is far beyond any sent, and bounds the stored value. */
    static final int SEQUENCER_WIDTH = 64;

    /** Thrown for a message body that is not an S3 event notification. */
    public static final class NotAnS3Event extends IllegalArgumentException {
        NotAnS3Event(String message) { super(message); }
    }

    /**
     * The object-created events of one message body: empty for S3's {@code s3:TestEvent} (sent when the
     * notification is configured) and for records of other event types, which this processor does not handle.
     */
    public static List<ObjectEvent> fromMessageBody(String body) {
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (Json.MalformedJsonException e) {
            throw new NotAnS3Event("the message is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> message)) throw new NotAnS3Event("the message is not a JSON object");
        if ("s3:TestEvent".equals(message.get("Event"))) return List.of();
        if (!(message.get("Records") instanceof List<?> records)) throw new NotAnS3Event("the message has no Records array");
        List<ObjectEvent> events = new ArrayList<>();
        for (Object r : records) {
            if (!(r instanceof Map<?, ?> record)) throw new NotAnS3Event("a record is not a JSON object");
            if (!"aws:s3".equals(record.get("eventSource"))) throw new NotAnS3Event("a record's eventSource is not aws:s3");
            String eventName = text(record, "eventName");
            if (!eventName.startsWith("ObjectCreated:")) continue;
            Map<?, ?> s3 = object(record, "s3");
            Map<?, ?> bucket = object(s3, "bucket");
            Map<?, ?> object = object(s3, "object");
            events.add(new ObjectEvent(text(bucket, "name"),
                    URLDecoder.decode(text(object, "key"), StandardCharsets.UTF_8),
                    size(object),
                    object.get("eTag") instanceof String e ? e : "",
                    object.get("versionId") instanceof String v && !v.isEmpty() ? Optional.of(v) : Optional.empty(),
                    normalisedSequencer(text(object, "sequencer")),
                    text(record, "eventTime"), eventName, text(record, "awsRegion")));
        }
        return events;
    }

    /**
     * S3's documented comparison of two sequencers of one key: right-pad the shorter with zeros, then compare as
     * strings. Padding every value to one width (and one case) makes a plain string comparison, which a DynamoDB
     * condition can do, the same ordering.
     */
    static String normalisedSequencer(String sequencer) {
        if (!sequencer.matches("[0-9A-Fa-f]{1," + SEQUENCER_WIDTH + "}")) {
            throw new NotAnS3Event("the sequencer is not a hexadecimal string of at most " + SEQUENCER_WIDTH + " digits");
        }
        return (sequencer.toUpperCase(Locale.ROOT) + "0".repeat(SEQUENCER_WIDTH)).substring(0, SEQUENCER_WIDTH);
    }

    private static long size(Map<?, ?> object) {
        Object size = object.get("size");
        if (size instanceof BigDecimal n && n.signum() >= 0) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException ignored) {
                // falls through to the error below
            }
        }
        throw new NotAnS3Event("the object's size is not a whole number of bytes");
    }

    private static Map<?, ?> object(Map<?, ?> parent, String name) {
        if (parent.get(name) instanceof Map<?, ?> m) return m;
        throw new NotAnS3Event("the record has no " + name + " object");
    }

    private static String text(Map<?, ?> parent, String name) {
        if (parent.get(name) instanceof String s && !s.isEmpty()) return s;
        throw new NotAnS3Event("the record has no " + name);
    }
}
