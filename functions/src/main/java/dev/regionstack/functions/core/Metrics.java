package dev.regionstack.functions.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch metrics in Embedded Metric Format: one JSON log line that CloudWatch turns into metrics, no API call,
 * no SDK client (the shape Powertools' metrics module writes). Namespace {@code regionstack/credits}, dimension
 * {@code service}. Silenced together with the logs (LOG_LEVEL=OFF).
 */
public final class Metrics {
    private static final String NAMESPACE = "regionstack/credits";

    private Metrics() {
    }

    /** Emits one count for {@code name}, e.g. Debits, DebitsRefused, Notifications. */
    public static void count(String service, String name) {
        emit(service, name, "Count", 1);
    }

    /** Emits a latency in milliseconds. */
    public static void millis(String service, String name, double value) {
        emit(service, name, "Milliseconds", value);
    }

    private static void emit(String service, String name, String unit, double value) {
        if (!Log.enabled(Integer.MAX_VALUE - 1)) {
            return;
        }
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("Name", name);
        metric.put("Unit", unit);
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.of("service")));
        directive.put("Metrics", List.of(metric));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", System.currentTimeMillis());
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", aws);
        line.put("service", service);
        line.put(name, value);
        Log.stream().println(Json.write(line));
    }
}
