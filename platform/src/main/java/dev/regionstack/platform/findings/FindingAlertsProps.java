package dev.regionstack.platform.findings;

import software.amazon.awscdk.services.sns.ITopic;

import java.util.Objects;

/**
 * @param topic                 the region's alert topic (KMS-encrypted: its key policy must let
 *                              {@code events.amazonaws.com} use the key, or EventBridge cannot deliver). Required.
 * @param guardDutyMinSeverity  GuardDuty findings at or above this severity reach the topic (GuardDuty scores 1.0 to
 *                              10.0; 7 and above is high or critical). Required, 1..10.
 */
public record FindingAlertsProps(ITopic topic, int guardDutyMinSeverity) {
    public static final int MIN_SEVERITY = 1;
    public static final int MAX_SEVERITY = 10;

    public FindingAlertsProps {
        Objects.requireNonNull(topic, "topic");
        if (guardDutyMinSeverity < MIN_SEVERITY || guardDutyMinSeverity > MAX_SEVERITY) {
            throw new IllegalArgumentException("guardDutyMinSeverity must be " + MIN_SEVERITY + ".." + MAX_SEVERITY
                    + ", got " + guardDutyMinSeverity);
        }
    }
}
