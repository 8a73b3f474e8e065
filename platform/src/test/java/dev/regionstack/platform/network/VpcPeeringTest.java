package dev.regionstack.platform.network;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VpcPeeringTest {
    private static final List<String> ROUTE_TABLES = List.of("rtb-1", "rtb-2", "rtb-3", "rtb-4");

    @Test
    void requestsPeeringToTheOtherRegionWithoutARole() {
        Stack stack = TestStacks.stack();
        new VpcPeering(stack, "To-us-east-1", new VpcPeeringProps("vpc-a", ROUTE_TABLES, "vpc-b", "us-east-1", "10.1.0.0/16"));
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::EC2::VPCPeeringConnection", Map.of(
                "VpcId", "vpc-a", "PeerVpcId", "vpc-b", "PeerRegion", "us-east-1"));
    }

    @Test
    void routesThePeerCidrThroughTheConnectionInEveryRouteTable() {
        Stack stack = TestStacks.stack();
        new VpcPeering(stack, "To-us-east-1", new VpcPeeringProps("vpc-a", ROUTE_TABLES, "vpc-b", "us-east-1", "10.1.0.0/16"));
        Template template = Template.fromStack(stack);
        template.resourceCountIs("AWS::EC2::Route", 4);
        template.hasResourceProperties("AWS::EC2::Route", Map.of(
                "RouteTableId", "rtb-3",
                "DestinationCidrBlock", "10.1.0.0/16",
                "VpcPeeringConnectionId", Map.of("Ref", Match.stringLikeRegexp("Touseast1.*"))));
    }

    @Test
    void accepterRoutesUseTheGivenConnectionId() {
        Stack stack = TestStacks.stack();
        new PeerRoutes(stack, "From-us-east-1", new PeerRoutesProps(ROUTE_TABLES, "10.1.0.0/16", "pcx-123"));
        Template template = Template.fromStack(stack);
        template.resourcePropertiesCountIs("AWS::EC2::Route", Map.of(
                "RouteTableId", Match.anyValue(), "DestinationCidrBlock", "10.1.0.0/16", "VpcPeeringConnectionId", "pcx-123"), 4);
        template.resourceCountIs("AWS::EC2::VPCPeeringConnection", 0);
    }

    @Test
    void routesNeedARouteTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PeerRoutesProps(List.of(), "10.1.0.0/16", "pcx-123"));
        assertThat(e.getMessage()).isEqualTo("routeTableIds must name at least one route table");
    }
}
