package dev.regionstack.platform.edge;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.globalaccelerator.Accelerator;
import software.amazon.awscdk.services.globalaccelerator.ConnectionProtocol;
import software.amazon.awscdk.services.globalaccelerator.EndpointGroupOptions;
import software.amazon.awscdk.services.globalaccelerator.Listener;
import software.amazon.awscdk.services.globalaccelerator.ListenerOptions;
import software.amazon.awscdk.services.globalaccelerator.PortRange;
import software.amazon.awscdk.services.globalaccelerator.RawEndpoint;
import software.amazon.awscdk.services.globalaccelerator.RawEndpointProps;
import software.constructs.Construct;

import java.util.List;

/**
 * A standard Global Accelerator (two static anycast IPv4 addresses) with one TCP listener and an endpoint group per
 * region, each holding that region's endpoint with client IP preservation. Must live in a us-west-2 stack: the Global
 * Accelerator API, and so CloudFormation's handling of it, is served only from US West (Oregon).
 *
 * <p>Construct ids: the accelerator is {@code Resource}, the listener {@code Listener}, each endpoint group
 * {@code Group-<region>} (keyed by region so that adding or removing a region leaves the others in place).
 */
public final class EdgeAccelerator extends Construct {
    private final Accelerator accelerator;

    public EdgeAccelerator(Construct scope, String id, EdgeAcceleratorProps props) {
        super(scope, id);
        HomeRegion.require(this, HomeRegion.GLOBAL_ACCELERATOR, "a Global Accelerator");
        accelerator = Accelerator.Builder.create(this, "Resource").acceleratorName(props.name()).build();
        Listener listener = accelerator.addListener("Listener", ListenerOptions.builder()
                .listenerName(props.name())
                .protocol(ConnectionProtocol.TCP)
                .portRanges(props.ports().stream()
                        .map(port -> PortRange.builder().fromPort(port).toPort(port).build()).toList())
                .build());
        for (AcceleratorEndpoint endpoint : props.endpoints()) {
            listener.addEndpointGroup("Group-" + endpoint.region(), EndpointGroupOptions.builder()
                    .region(endpoint.region())
                    .endpoints(List.of(new RawEndpoint(RawEndpointProps.builder()
                            .endpointId(endpoint.endpointId())
                            .region(endpoint.region())
                            .preserveClientIp(true)
                            .build())))
                    .healthCheckPath(props.healthCheckPath())
                    .healthCheckProtocol(props.healthCheckProtocol())
                    .healthCheckPort(props.healthCheckPort())
                    .build());
        }
    }

    /** The accelerator's DNS name (resolves to its static addresses). */
    public String dnsName() { return accelerator.getDnsName(); }

    /** The static IPv4 addresses, comma-separated. */
    public String ipv4Addresses() { return Fn.join(",", accelerator.getIpv4Addresses()); }
}
