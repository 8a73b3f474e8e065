package dev.regionstack.functions.search;

import dev.regionstack.functions.core.Json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code _bulk} body for one batch: per log event an {@code index} action into the day's index
 * ({@code <prefix>-yyyy.MM.dd}, UTC, so retention can drop whole days) with the event's id as the document id, so
 * that a retried delivery overwrites rather than duplicates, then the document.
 */
public final class BulkRequest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    private BulkRequest() {}

    /** Newline-delimited JSON, ending in a newline as {@code _bulk} requires; empty when the batch has no events. */
    public static String body(String indexPrefix, LogBatch batch) {
        StringBuilder body = new StringBuilder();
        for (LogBatch.LogEvent event : batch.events()) {
            Instant at = Instant.ofEpochMilli(event.timestamp());
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("_index", indexPrefix + "-" + DAY.format(at));
            target.put("_id", event.id());
            body.append(Json.write(Map.of("index", target))).append('\n');
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("@timestamp", at.toString());
            document.put("message", event.message());
            document.put("logGroup", batch.logGroup());
            document.put("logStream", batch.logStream());
            document.put("account", batch.owner());
            body.append(Json.write(document)).append('\n');
        }
        return body.toString();
    }
}
