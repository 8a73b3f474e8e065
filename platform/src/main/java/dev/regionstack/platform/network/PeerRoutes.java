package dev.regionstack.platform.network;

import software.amazon.awscdk.services.ec2.CfnRoute;
import software.constructs.Construct;

/** Routes for a peered VPC's CIDR through a peering connection, one per route table (ids {@code Route0}, {@code Route1}...). */
public final class PeerRoutes extends Construct {

    public PeerRoutes(Construct scope, String id, PeerRoutesProps props) {
        super(scope, id);
        for (int i = 0; i < props.routeTableIds().size(); i++) {
            CfnRoute.Builder.create(this, "Route" + i)
                    .routeTableId(props.routeTableIds().get(i))
                    .destinationCidrBlock(props.peerCidr())
                    .vpcPeeringConnectionId(props.peeringConnectionId())
                    .build();
        }
    }
}
