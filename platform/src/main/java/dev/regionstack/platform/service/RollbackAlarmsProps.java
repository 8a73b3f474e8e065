package dev.regionstack.platform.service;

import java.util.List;
import java.util.Objects;

/**
 * The alarms whose state ECS watches during a blue/green release (and its bake time) to roll back.
 *
 * @param latencyName   name of the p99 latency alarm. Required.
 * @param target5xxName name of the targets' 5xx alarm. Required.
 * @param elb5xxName    name of the load balancer's own 5xx alarm. Required.
 * @param latencyP99Ms  p99 target response time at or above which a release rolls back. Must be positive.
 */
public record RollbackAlarmsProps(String latencyName, String target5xxName, String elb5xxName, int latencyP99Ms) {
    public RollbackAlarmsProps {
        Objects.requireNonNull(latencyName, "latencyName");
        Objects.requireNonNull(target5xxName, "target5xxName");
        Objects.requireNonNull(elb5xxName, "elb5xxName");
        if (latencyP99Ms < 1) throw new IllegalArgumentException("latencyP99Ms must be positive, got " + latencyP99Ms);
    }

    /** The names in the order the service lists them. */
    public List<String> names() { return List.of(latencyName, target5xxName, elb5xxName); }
}
