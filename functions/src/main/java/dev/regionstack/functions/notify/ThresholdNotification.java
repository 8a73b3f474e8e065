package dev.regionstack.functions.notify;

import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Requests;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The message put on the notification queue when an org's usage reaches a threshold of its period's allowance.
 *
 * @param threshold 80 or 100 (percent of the allowance)
 * @param contactEmail the recipient; null when the org has none (the consumer then skips the email)
 */
public record ThresholdNotification(String orgId, String period, int threshold, long used, long allowance,
        long balance, String contactEmail) {

    /** The outbox id, unique per org, period and threshold; also the SQS deduplication id on FIFO queues. */
    public String id() {
        return orgId + "-" + period + "-" + threshold;
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orgId", orgId);
        m.put("period", period);
        m.put("threshold", threshold);
        m.put("used", used);
        m.put("allowance", allowance);
        m.put("balance", balance);
        m.put("contactEmail", contactEmail);
        return Json.write(m);
    }

    /** Parses a queue message; IllegalArgumentException when it is not one of ours. */
    public static ThresholdNotification fromJson(String json) {
        Object parsed = Json.parse(json);
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Object email = m.get("contactEmail");
        Object orgId = m.get("orgId");
        if (!(orgId instanceof String org) || !Requests.ID.matcher(org).matches() || !(m.get("period") instanceof String period)) {
            throw new IllegalArgumentException("orgId and period are required");
        }
        int threshold = (int) number(m.get("threshold"));
        if (threshold != 80 && threshold != 100) {
            throw new IllegalArgumentException("threshold must be 80 or 100");
        }
        return new ThresholdNotification(org, period, threshold, number(m.get("used")), number(m.get("allowance")),
                number(m.get("balance")), email instanceof String s ? s : null);
    }

    private static long number(Object value) {
        if (value instanceof BigDecimal d) {
            return d.longValueExact();
        }
        throw new IllegalArgumentException("expected a number, got " + value);
    }
}
