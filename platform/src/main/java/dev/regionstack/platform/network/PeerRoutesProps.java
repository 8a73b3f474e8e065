package dev.regionstack.platform.network;

import java.util.List;
import java.util.Objects;

/**
 * @param routeTableIds        the route tables that get a route to the peer. Required, at least one.
 * @param peerCidr             the peer VPC's CIDR. Required.
 * @param peeringConnectionId  the VPC peering connection the routes go through. Required.
 */
public record PeerRoutesProps(List<String> routeTableIds, String peerCidr, String peeringConnectionId) {
    public PeerRoutesProps {
        routeTableIds = List.copyOf(Objects.requireNonNull(routeTableIds, "routeTableIds"));
        if (routeTableIds.isEmpty()) {
            throw new IllegalArgumentException("routeTableIds must name at least one route table");
        }
        Objects.requireNonNull(peerCidr, "peerCidr");
        Objects.requireNonNull(peeringConnectionId, "peeringConnectionId");
    }
}
