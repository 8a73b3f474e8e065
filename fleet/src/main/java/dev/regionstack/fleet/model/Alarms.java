package dev.regionstack.fleet.model;

import java.util.Optional;

/**
 * Alarm thresholds and where alarms go.
 *
 * @param latencyP99Ms p99 latency threshold in milliseconds. Default: 500.
 * @param email        address subscribed to the alert topic. Default: none (no subscription).
 * @param findingsSeverity the lowest GuardDuty finding severity (1 to 10) that reaches the alert topic. Default: 7 (high).
 */
public record Alarms(int latencyP99Ms, Optional<String> email, int findingsSeverity) {
    /** GuardDuty's "high" band starts at 7.0. */
    public static final int DEFAULT_FINDINGS_SEVERITY = 7;
    public static final Alarms DEFAULT = new Alarms(500, Optional.empty());

    public Alarms {
        email = email == null ? Optional.empty() : email;
    }

    /** Alarms with the default findings severity. */
    public Alarms(int latencyP99Ms, Optional<String> email) { this(latencyP99Ms, email, DEFAULT_FINDINGS_SEVERITY); }
}
