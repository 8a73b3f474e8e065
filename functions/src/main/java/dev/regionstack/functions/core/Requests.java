package dev.regionstack.functions.core;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/** Input validation shared by the handlers: every refusal is a 400 with a JSON error that names the field. */
public final class Requests {
    /** Ids go into key strings, so '#' and anything exotic stay out. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final int MAX_BODY_CHARS = 16 * 1024;

    private Requests() {
    }

    /** The request body as a JSON object; 400 when missing, too large, malformed, or not an object. */
    public static Map<String, Object> jsonObject(APIGatewayProxyRequestEvent event) {
        String body = event == null ? null : event.getBody();
        if (body != null && Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("malformed_json", "the body is marked base64 but is not valid base64");
            }
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("missing_body", "a JSON object body is required");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new ApiException(413, "body_too_large", "the body is over " + MAX_BODY_CHARS + " characters");
        }
        Object parsed;
        try {
            parsed = Json.parse(body);
        } catch (Json.MalformedJsonException e) {
            throw ApiException.badRequest("malformed_json", "the body is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw ApiException.badRequest("malformed_json", "the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    /** A required id field (1-128 of letters, digits and . _ : @ -, starting with a letter or digit). */
    public static String id(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            throw ApiException.badRequest("missing_field", "'" + field + "' is required");
        }
        return id(value, field);
    }

    /** An optional id field: null when absent. */
    public static String optionalId(Map<String, Object> body, String field) {
        Object value = body.get(field);
        return value == null ? null : id(value, field);
    }

    /** Validates an id taken from a path parameter or a body field. */
    public static String id(Object value, String field) {
        if (!(value instanceof String s) || !ID.matcher(s).matches()) {
            throw ApiException.badRequest("invalid_field",
                    "'" + field + "' must be 1-128 letters, digits or . _ : @ - starting with a letter or digit");
        }
        return s;
    }

    /** A required whole number in [min, max]; strings, fractions and out-of-range values are refused. */
    public static long wholeNumber(Map<String, Object> body, String field, long min, long max) {
        Object value = body.get(field);
        if (value == null) {
            throw ApiException.badRequest("missing_field", "'" + field + "' is required");
        }
        return wholeNumber(value, field, min, max);
    }

    public static long wholeNumber(Object value, String field, long min, long max) {
        String range = "'" + field + "' must be a whole number from " + min + " to " + max;
        if (!(value instanceof BigDecimal number)) {
            throw ApiException.badRequest("invalid_field", range);
        }
        try {
            long n = number.longValueExact();
            if (n < min || n > max) {
                throw ApiException.badRequest("invalid_field", range);
            }
            return n;
        } catch (ArithmeticException e) {
            throw ApiException.badRequest("invalid_field", range);
        }
    }

    /** An optional string field of at most {@code maxLength} characters matching {@code pattern}. */
    public static String optionalString(Map<String, Object> body, String field, Pattern pattern, String expected) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || !pattern.matcher(s).matches()) {
            throw ApiException.badRequest("invalid_field", "'" + field + "' must be " + expected);
        }
        return s;
    }

    /** The orgId path parameter. */
    public static String orgIdFromPath(APIGatewayProxyRequestEvent event) {
        Map<String, String> path = event == null ? null : event.getPathParameters();
        String orgId = path == null ? null : path.get("orgId");
        if (orgId == null) {
            throw ApiException.badRequest("missing_field", "the path parameter 'orgId' is required");
        }
        return id(orgId, "orgId");
    }
}
