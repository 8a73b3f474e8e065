package dev.regionstack.platform.edge;

import software.amazon.awscdk.services.globalaccelerator.HealthCheckProtocol;

import java.util.List;
import java.util.Objects;

/**
 * @param name                physical name of the accelerator, e.g. {@code acme-prod}
 * @param ports               TCP ports the listener accepts, each passed to the endpoints unchanged, e.g. 80 and 443
 * @param endpoints           one per region, in file order; each becomes an endpoint group in its region
 * @param healthCheckPath     path of the endpoint groups' health checks. Default: {@code /}
 * @param healthCheckProtocol Default: HTTP. Note that for load balancer endpoints Global Accelerator follows the
 *                            load balancer's own target health; these settings apply to instance and EIP endpoints.
 * @param healthCheckPort     Default: 80
 */
public record EdgeAcceleratorProps(
        String name,
        List<Integer> ports,
        List<AcceleratorEndpoint> endpoints,
        String healthCheckPath,
        HealthCheckProtocol healthCheckProtocol,
        Integer healthCheckPort) {

    public EdgeAcceleratorProps {
        Objects.requireNonNull(name, "name");
        ports = List.copyOf(Objects.requireNonNull(ports, "ports"));
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "endpoints"));
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("ports must name at least one TCP port");
        }
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("endpoints must hold at least one region");
        }
        long regions = endpoints.stream().map(AcceleratorEndpoint::region).distinct().count();
        if (regions != endpoints.size()) {
            throw new IllegalArgumentException("endpoints must hold one entry per region, got "
                    + endpoints.stream().map(AcceleratorEndpoint::region).toList());
        }
        healthCheckPath = healthCheckPath == null ? "/" : healthCheckPath;
        healthCheckProtocol = healthCheckProtocol == null ? HealthCheckProtocol.HTTP : healthCheckProtocol;
        healthCheckPort = healthCheckPort == null ? 80 : healthCheckPort;
    }

    public static Builder builder() { return new Builder(); }

    /** Builds the props by name; unset fields take the defaults above. */
    public static final class Builder {
        private String name;
        private List<Integer> ports;
        private List<AcceleratorEndpoint> endpoints;
        private String healthCheckPath;
        private HealthCheckProtocol healthCheckProtocol;
        private Integer healthCheckPort;

        private Builder() {}

        public Builder name(String value) { name = value; return this; }
        public Builder ports(List<Integer> value) { ports = value; return this; }
        public Builder endpoints(List<AcceleratorEndpoint> value) { endpoints = value; return this; }
        public Builder healthCheckPath(String value) { healthCheckPath = value; return this; }
        public Builder healthCheckProtocol(HealthCheckProtocol value) { healthCheckProtocol = value; return this; }
        public Builder healthCheckPort(Integer value) { healthCheckPort = value; return this; }

        public EdgeAcceleratorProps build() { return new EdgeAcceleratorProps(name, ports, endpoints, healthCheckPath, healthCheckProtocol, healthCheckPort); }
    }
}
