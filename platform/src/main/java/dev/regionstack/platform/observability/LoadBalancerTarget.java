package dev.regionstack.platform.observability;

import java.util.Objects;

/**
 * The ALB to watch, by its CloudWatch dimensions.
 *
 * @param loadBalancerFullName {@code app/<name>/<id>}
 * @param targetGroupFullName  {@code targetgroup/<name>/<id>}
 */
public record LoadBalancerTarget(String loadBalancerFullName, String targetGroupFullName) {
    public LoadBalancerTarget {
        Objects.requireNonNull(loadBalancerFullName, "loadBalancerFullName");
        Objects.requireNonNull(targetGroupFullName, "targetGroupFullName");
    }
}
