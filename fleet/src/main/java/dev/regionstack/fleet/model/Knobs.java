package dev.regionstack.fleet.model;

import java.util.Optional;

/**
 * The knobs beyond the presets that are not the data component's: each defaults to what the sizing preset says.
 *
 * @param natGateways       {@code network.natGateways}. Default: {@link Sizing#natGatewayPerZone()}.
 * @param logRetentionDays  {@code logs.retentionDays}, a CloudWatch Logs retention. Default: {@link Sizing#logRetentionDays()}.
 * @param api               {@code api.throttle} and {@code api.plans}. Default: {@link ApiSettings#DEFAULT}.
 * @param sender            {@code notifications.sender}: the SES identity (an address or a domain) of the credits
 *                          notifications. Default: none (the alarm e-mail, else an undeliverable placeholder).
 * @param stream            {@code messaging.stream.shards}. Default: {@link Sizing#streamCapacity()}.
 * @param rtoMinutes        {@code resilience.rtoMinutes}: the recovery time objective of the environment's Region switch
 *                          plans and of {@code plan --resilience}. Default: {@link #DEFAULT_RTO_MINUTES}.
 * @param observability     {@code observability.logs/metrics/dashboards}. Default: CloudWatch only.
 * @param streamTransform   {@code messaging.stream.transform}: a Lambda transformation step in the stream's Firehose. Default: off.
 */
public record Knobs(NatGateways natGateways, int logRetentionDays, ApiSettings api, Optional<String> sender, StreamCapacity stream,
                    int rtoMinutes, ObservabilitySettings observability, boolean streamTransform) {
    /** The recovery time objective when the file gives none. */
    public static final int DEFAULT_RTO_MINUTES = 5;
    /** ARC Region switch takes 1 to 10,080 minutes (a week). */
    public static final int MAX_RTO_MINUTES = 10_080;

    /** CloudWatch Logs' allowed retention values in days (PutRetentionPolicy); a test keeps them equal to the CDK's. */
    public static final java.util.List<Integer> LOG_RETENTION_DAYS = java.util.List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150,
            180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public Knobs {
        sender = sender == null ? Optional.empty() : sender;
        observability = observability == null ? ObservabilitySettings.CLOUDWATCH : observability;
    }

    /** Knobs without the opt-in telemetry and stream transformation. */
    public Knobs(NatGateways natGateways, int logRetentionDays, ApiSettings api, Optional<String> sender, StreamCapacity stream,
                 int rtoMinutes) {
        this(natGateways, logRetentionDays, api, sender, stream, rtoMinutes, ObservabilitySettings.CLOUDWATCH, false);
    }

    /** What {@code sizing} gives when the file sets none of these knobs. */
    public static Knobs preset(Sizing sizing) {
        return new Knobs(sizing.natGatewayPerZone() ? NatGateways.PER_ZONE : NatGateways.ONE, sizing.logRetentionDays(),
                ApiSettings.DEFAULT, Optional.empty(), sizing.streamCapacity(), DEFAULT_RTO_MINUTES);
    }
}
