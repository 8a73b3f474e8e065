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
 */
public record Knobs(NatGateways natGateways, int logRetentionDays, ApiSettings api, Optional<String> sender, StreamCapacity stream) {
    public Knobs {
        sender = sender == null ? Optional.empty() : sender;
    }

    /** What {@code sizing} gives when the file sets none of these knobs. */
    public static Knobs preset(Sizing sizing) {
        return new Knobs(sizing.natGatewayPerZone() ? NatGateways.PER_ZONE : NatGateways.ONE, sizing.logRetentionDays(),
                ApiSettings.DEFAULT, Optional.empty(), sizing.streamCapacity());
    }
}
