package dev.regionstack.platform.network;

import java.util.List;
import java.util.Objects;

/**
 * The requester side of a peering between two VPCs of one account.
 *
 * @param vpcId         the requester VPC (this stack's region). Required.
 * @param routeTableIds the requester's route tables that get a route to the peer. Required, at least one.
 * @param peerVpcId     the accepter VPC. Required.
 * @param peerRegion    the accepter VPC's region. Required.
 * @param peerCidr      the accepter VPC's CIDR. Required.
 */
public record VpcPeeringProps(String vpcId, List<String> routeTableIds, String peerVpcId, String peerRegion, String peerCidr) {
    public VpcPeeringProps {
        Objects.requireNonNull(vpcId, "vpcId");
        routeTableIds = List.copyOf(Objects.requireNonNull(routeTableIds, "routeTableIds"));
        Objects.requireNonNull(peerVpcId, "peerVpcId");
        Objects.requireNonNull(peerRegion, "peerRegion");
        Objects.requireNonNull(peerCidr, "peerCidr");
    }
}
