package dev.regionstack.platform.network;

import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Objects;

/**
 * Build with {@link #builder()}.
 *
 * @param cidr              the VPC's IPv4 CIDR, /16 to /20. Required.
 * @param availabilityZones the zones the VPC spans, 2 or 3, given explicitly so that synth never looks them up. Required.
 * @param natGatewayPerZone true: one NAT gateway per zone (zonal resilience); false: one for the whole VPC. Default: false.
 * @param flowLogRetention  how long VPC flow logs are kept. Default: ONE_WEEK.
 * @param flowLogKey        the key the flow log group is encrypted with. Default: none (CloudWatch Logs' own encryption).
 * @param removalPolicy     what happens to the flow log group when the stack is deleted. Default: RETAIN.
 */
public record RegionalNetworkProps(String cidr, List<String> availabilityZones, boolean natGatewayPerZone,
                                   RetentionDays flowLogRetention, IKey flowLogKey, RemovalPolicy removalPolicy) {
    public RegionalNetworkProps {
        Objects.requireNonNull(cidr, "cidr");
        availabilityZones = List.copyOf(Objects.requireNonNull(availabilityZones, "availabilityZones"));
        if (availabilityZones.size() < 2 || availabilityZones.size() > 3) {
            throw new IllegalArgumentException("availabilityZones must hold 2 or 3 zones, got " + availabilityZones);
        }
        flowLogRetention = flowLogRetention == null ? RetentionDays.ONE_WEEK : flowLogRetention;
        removalPolicy = Removal.orRetain(removalPolicy);
    }

    /** NAT gateways the VPC gets. */
    public int natGateways() { return natGatewayPerZone ? availabilityZones.size() : 1; }
    public static Builder builder() { return new Builder(); }

    /** Builder for {@link RegionalNetworkProps}; unset values take the record's defaults. */
    public static final class Builder {
        private String cidr;
        private List<String> availabilityZones;
        private boolean natGatewayPerZone;
        private RetentionDays flowLogRetention;
        private IKey flowLogKey;
        private RemovalPolicy removalPolicy;

        public Builder cidr(String v) { cidr = v; return this; }
        public Builder availabilityZones(List<String> v) { availabilityZones = v; return this; }
        public Builder natGatewayPerZone(boolean v) { natGatewayPerZone = v; return this; }
        public Builder flowLogRetention(RetentionDays v) { flowLogRetention = v; return this; }
        public Builder flowLogKey(IKey v) { flowLogKey = v; return this; }
        public Builder removalPolicy(RemovalPolicy v) { removalPolicy = v; return this; }

        public RegionalNetworkProps build() { return new RegionalNetworkProps(cidr, availabilityZones, natGatewayPerZone, flowLogRetention, flowLogKey, removalPolicy); }
    }
}
