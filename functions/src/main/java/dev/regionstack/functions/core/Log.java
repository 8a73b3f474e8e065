package dev.regionstack.functions.core;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Structured JSON log lines on stdout (CloudWatch Logs), in the shape of Powertools for AWS Lambda's logger: level,
 * timestamp, service, message, the Lambda request id and the X-Ray trace id, then the event's own fields.
 * Set LOG_LEVEL to DEBUG, INFO (default), WARN, ERROR or OFF.
 */
public final class Log {
    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();
    private static volatile PrintStream out = System.out;
    private static final int THRESHOLD = level(System.getProperty("LOG_LEVEL", System.getenv("LOG_LEVEL")));
    private static final String SERVICE = System.getenv().getOrDefault("POWERTOOLS_SERVICE_NAME", "credits");

    private Log() {
    }

    /** Binds the Lambda request id to the current thread for the lines that follow. */
    public static void bind(String awsRequestId) {
        REQUEST_ID.set(awsRequestId);
    }

    public static void debug(String message, Map<String, ?> fields) {
        write(10, "DEBUG", message, fields);
    }

    public static void info(String message, Map<String, ?> fields) {
        write(20, "INFO", message, fields);
    }

    public static void warn(String message, Map<String, ?> fields) {
        write(30, "WARN", message, fields);
    }

    public static void error(String message, Map<String, ?> fields) {
        write(40, "ERROR", message, fields);
    }

    /** Metrics and logs go to the same stream; tests and the benchmark may redirect it. */
    public static void redirect(PrintStream stream) {
        out = stream;
    }

    static PrintStream stream() {
        return out;
    }

    static boolean enabled(int level) {
        return level >= THRESHOLD;
    }

    private static void write(int level, String name, String message, Map<String, ?> fields) {
        if (level < THRESHOLD) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", name);
        line.put("timestamp", Instant.now().toString());
        line.put("service", SERVICE);
        line.put("message", message);
        String requestId = REQUEST_ID.get();
        if (requestId != null) {
            line.put("function_request_id", requestId);
        }
        String trace = traceId();
        if (trace != null) {
            line.put("xray_trace_id", trace);
        }
        line.putAll(fields);
        out.println(Json.write(line));
    }

    /** The Lambda runtime puts the trace header in a system property (per invocation) or the environment. */
    private static String traceId() {
        String header = System.getProperty("com.amazonaws.xray.traceHeader", System.getenv("_X_AMZN_TRACE_ID"));
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring(5);
            }
        }
        return null;
    }

    private static int level(String name) {
        if (name == null) {
            return 20;
        }
        return switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "DEBUG" -> 10;
            case "WARN" -> 30;
            case "ERROR" -> 40;
            case "OFF" -> Integer.MAX_VALUE;
            default -> 20;
        };
    }
}
