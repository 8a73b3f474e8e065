package dev.regionstack.functions.search;

import dev.regionstack.functions.core.Json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a {@code _bulk} response says: how many documents were indexed, how many OpenSearch could take later (429
 * and 5xx: worth a retry of the whole delivery, idempotent by document id) and how many it refused (a mapping
 * conflict, say: a retry would be refused again).
 */
public record BulkResult(int indexed, int retryable, int refused) {
    public static BulkResult parse(String response) {
        if (!(Json.parse(response) instanceof Map<?, ?> root)) throw new IllegalArgumentException("the _bulk response is not a JSON object");
        int indexed = 0, retryable = 0, refused = 0;
        if (root.get("items") instanceof List<?> items) {
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> action) || action.isEmpty()) continue;
                Object outcome = action.values().iterator().next();
                int status = outcome instanceof Map<?, ?> o && o.get("status") instanceof BigDecimal s ? s.intValue() : 500;
                if (status < 300) indexed++;
                else if (status == 429 || status >= 500) retryable++;
                else refused++;
            }
        }
        return new BulkResult(indexed, retryable, refused);
    }
}
