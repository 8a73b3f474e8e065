package dev.regionstack.functions.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal with an HTTP status and a JSON error body {@code {"error": code, "message": ..., extra...}}. Thrown by
 * validation and services, turned into a response by {@link ApiResponses}; never a 500.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, Object> extra;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, Object> extra) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The response body: error code, message, then the extra fields. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", getMessage());
        body.putAll(new java.util.TreeMap<>(extra));
        return body;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }
}
