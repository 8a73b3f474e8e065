package dev.regionstack.platform.service;

import software.amazon.awscdk.Duration;

import java.util.List;
import java.util.Objects;

/**
 * How the service releases with ECS's native blue/green strategy (the {@code BLUE_GREEN} deployment strategy of the
 * ECS deployment controller, not CodeDeploy).
 *
 * @param bakeTime      how long ECS keeps the blue revision after production traffic moved to green, watching the
 *                      rollback alarms, before it retires blue. Default: {@link #DEFAULT_BAKE_TIME}
 * @param testClients   IPv4 CIDR blocks (tokens allowed) that may reach the test listener; the internet may not.
 *                      In the app layer: the VPC's NAT gateway addresses, the source that traffic from the VPC's
 *                      private tier carries when it reaches the internet-facing load balancer. Default: none
 * @param alarms        names of the three rollback alarms and the latency threshold. Required.
 */
public record BlueGreenSettings(Duration bakeTime, List<String> testClients, RollbackAlarmsProps alarms) {
    /** Two windows of the longest rollback alarm (5 minutes): a regression that shows after the shift is caught. */
    public static final Duration DEFAULT_BAKE_TIME = Duration.minutes(10);
    /** ECS accepts a bake time of 0 to 1440 minutes. */
    static final int MAX_BAKE_MINUTES = 1440;

    public BlueGreenSettings {
        Objects.requireNonNull(alarms, "alarms");
        bakeTime = bakeTime == null ? DEFAULT_BAKE_TIME : bakeTime;
        testClients = testClients == null ? List.of() : List.copyOf(testClients);
        double minutes = bakeTime.toMinutes().doubleValue();
        if (minutes < 0 || minutes > MAX_BAKE_MINUTES) {
            throw new IllegalArgumentException("bakeTime must be between 0 and " + MAX_BAKE_MINUTES + " minutes, got " + minutes);
        }
    }
}
