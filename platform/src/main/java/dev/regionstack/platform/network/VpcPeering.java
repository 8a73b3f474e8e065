package dev.regionstack.platform.network;

import software.amazon.awscdk.services.ec2.CfnVPCPeeringConnection;
import software.constructs.Construct;

/**
 * Requests a peering connection to a VPC of the same account in another region, and routes the peer's CIDR
 * through it. Within one account CloudFormation accepts the request itself, so no PeerRoleArn is needed; the
 * accepter side only adds its routes ({@link PeerRoutes}) with the connection id.
 */
public final class VpcPeering extends Construct {
    private final CfnVPCPeeringConnection connection;

    public VpcPeering(Construct scope, String id, VpcPeeringProps props) {
        super(scope, id);
        connection = CfnVPCPeeringConnection.Builder.create(this, "Resource")
                .vpcId(props.vpcId())
                .peerVpcId(props.peerVpcId())
                .peerRegion(props.peerRegion())
                .build();
        new PeerRoutes(this, "Routes", new PeerRoutesProps(props.routeTableIds(), props.peerCidr(), connection.getRef()));
    }

    /** The peering connection id ({@code pcx-...}), a deploy-time token. */
    public String connectionId() { return connection.getRef(); }
}
