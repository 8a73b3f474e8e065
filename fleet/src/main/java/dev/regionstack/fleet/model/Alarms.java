package dev.regionstack.fleet.model;

import java.util.Optional;

/**
 * Alarm thresholds and where alarms go.
 *
 * @param latencyP99Ms p99 latency threshold in milliseconds. Default: 500.
 * @param email        address subscribed to the alert topic. Default: none (no subscription).
 */
public record Alarms(int latencyP99Ms, Optional<String> email) {
    public static final Alarms DEFAULT = new Alarms(500, Optional.empty());

    public Alarms {
        email = email == null ? Optional.empty() : email;
    }
}
