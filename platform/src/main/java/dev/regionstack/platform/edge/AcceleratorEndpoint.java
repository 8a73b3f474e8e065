package dev.regionstack.platform.edge;

import java.util.Objects;

/**
 * One region's entry point behind the accelerator.
 *
 * @param region     the endpoint group's region
 * @param endpointId the endpoint's id; for an Application Load Balancer, its ARN (may be a deploy-time token)
 */
public record AcceleratorEndpoint(String region, String endpointId) {
    public AcceleratorEndpoint {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointId, "endpointId");
    }
}
