package dev.regionstack.platform.observability;

import java.util.Objects;

/**
 * The ALB to watch, by its CloudWatch dimensions.
 *
 * @param loadBalancerFullName {@code app/<name>/<id>}
 * @param targetGroupFullName  {@code targetgroup/<name>/<id>}
 * @param blueGreen            the service releases blue/green, so its tasks serve from either of two target groups
 *                             in turn: the targets' 5xx are watched on the load balancer (which has only this
 *                             service), not on {@code targetGroupFullName}, which serves nothing after a release
 */
public record LoadBalancerTarget(String loadBalancerFullName, String targetGroupFullName, boolean blueGreen) {
    public LoadBalancerTarget {
        Objects.requireNonNull(loadBalancerFullName, "loadBalancerFullName");
        Objects.requireNonNull(targetGroupFullName, "targetGroupFullName");
    }

    /** A rolling service's load balancer. */
    public LoadBalancerTarget(String loadBalancerFullName, String targetGroupFullName) {
        this(loadBalancerFullName, targetGroupFullName, false);
    }
}
