package dev.regionstack.functions.search;

import dev.regionstack.functions.core.Json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One delivery of a CloudWatch Logs subscription filter: base64 of gzip of a JSON object holding the log group, the
 * stream and its events. A {@code CONTROL_MESSAGE} (CloudWatch Logs checking that the destination is reachable)
 * carries no log events to index.
 */
public record LogBatch(String messageType, String owner, String logGroup, String logStream, List<LogEvent> events) {
    public record LogEvent(String id, long timestamp, String message) {}

    public LogBatch {
        events = List.copyOf(events);
    }

    public boolean control() { return "CONTROL_MESSAGE".equals(messageType); }

    /** Decodes the {@code awslogs.data} field of the event a subscription filter delivers. */
    public static LogBatch decode(String data) {
        byte[] compressed = Base64.getDecoder().decode(data);
        String json;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the subscription data is not gzip", e);
        }
        if (!(Json.parse(json) instanceof Map<?, ?> root)) throw new IllegalArgumentException("the subscription data is not a JSON object");
        List<LogEvent> events = new ArrayList<>();
        if (root.get("logEvents") instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> e)) continue;
                events.add(new LogEvent(String.valueOf(e.get("id")),
                        e.get("timestamp") instanceof BigDecimal t ? t.longValue() : 0L, String.valueOf(e.get("message"))));
            }
        }
        return new LogBatch(text(root, "messageType"), text(root, "owner"), text(root, "logGroup"), text(root, "logStream"), events);
    }

    private static String text(Map<?, ?> root, String key) {
        Object value = root.get(key);
        return value == null ? "" : value.toString();
    }
}
