package dev.regionstack.platform.network;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegionalNetworkTest {

    private static Template synth(RegionalNetworkProps props) {
        Stack stack = TestStacks.stack();
        new RegionalNetwork(stack, "Vpc", props);
        return Template.fromStack(stack);
    }

    private static RegionalNetworkProps props(List<String> zones, boolean natPerZone) {
        return new RegionalNetworkProps("10.0.0.0/16", zones, natPerZone, RetentionDays.TWO_WEEKS, null, RemovalPolicy.DESTROY);
    }

    @Test
    void threeTiersInEveryZone() {
        Template template = synth(props(TestStacks.ZONES, false));
        template.resourceCountIs("AWS::EC2::Subnet", 9);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", "10.0.0.0/24")), 1);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("MapPublicIpOnLaunch", true)), 3);
        // private tier: /19 (prefix + 3), isolated tier: /21 (prefix + 5)
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", Match.stringLikeRegexp(".*/19"))), 3);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", Match.stringLikeRegexp(".*/21"))), 3);
    }

    @Test
    void smallestVpcStillFitsThreeZones() {
        Template template = synth(new RegionalNetworkProps("10.0.0.0/20", TestStacks.ZONES, false, null, null, null));
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", Match.stringLikeRegexp(".*/23"))), 3);
        template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", Match.stringLikeRegexp(".*/25"))), 3);
    }

    @Test
    void oneNatGatewayWhenNotPerZone() {
        synth(props(TestStacks.ZONES, false)).resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void oneNatGatewayPerZone() {
        synth(props(TestStacks.ZONES.subList(0, 2), true)).resourceCountIs("AWS::EC2::NatGateway", 2);
    }

    @Test
    void gatewayEndpointsForS3AndDynamoDb() {
        Template template = synth(props(TestStacks.ZONES, false));
        template.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of("VpcEndpointType", "Gateway")), 2);
        for (String service : List.of(".s3", ".dynamodb")) {
            template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                    "VpcEndpointType", "Gateway",
                    "ServiceName", Map.of("Fn::Join", List.of("", List.of("com.amazonaws.", Map.of("Ref", "AWS::Region"), service))))));
        }
    }

    @Test
    void privateInterfaceEndpointsForEcrLogsAndSecretsManager() {
        Template template = synth(props(TestStacks.ZONES, false));
        template.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint",
                Match.objectLike(Map.of("VpcEndpointType", "Interface", "PrivateDnsEnabled", true)), 4);
        for (String service : List.of("ecr.api", "ecr.dkr", "logs", "secretsmanager")) {
            template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                    "ServiceName", "com.amazonaws.eu-west-2." + service)));
        }
    }

    @Test
    void flowLogsOfAllTrafficToAnEncryptedLogGroup() {
        Stack stack = TestStacks.stack();
        new RegionalNetwork(stack, "Vpc", new RegionalNetworkProps("10.0.0.0/16", TestStacks.ZONES, false,
                RetentionDays.ONE_MONTH, TestStacks.key(stack), RemovalPolicy.RETAIN));
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::EC2::FlowLog", Match.objectLike(Map.of(
                "TrafficType", "ALL", "LogDestinationType", "cloud-watch-logs")));
        template.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "Properties", Map.of("RetentionInDays", 30, "KmsKeyId", Map.of("Fn::GetAtt", List.of(
                        Match.stringLikeRegexp("RegionKey.*"), "Arn"))),
                "DeletionPolicy", "Retain")));
    }

    @Test
    void peeringRouteTablesArePrivateThenIsolated() {
        Stack stack = TestStacks.stack();
        RegionalNetwork network = new RegionalNetwork(stack, "Vpc", props(TestStacks.ZONES, false));
        assertThat(network.peeringRouteTableIds()).hasSize(6);
        assertThat(stack.resolve(network.peeringRouteTableIds().get(0)).toString()).contains("PrivateSubnet1RouteTable");
        assertThat(stack.resolve(network.peeringRouteTableIds().get(3)).toString()).contains("IsolatedSubnet1RouteTable");
    }

    @Test
    void rejectsOneZone() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> props(List.of("eu-west-2a"), false));
        assertThat(e.getMessage()).isEqualTo("availabilityZones must hold 2 or 3 zones, got [eu-west-2a]");
    }

    @Test
    void rejectsAPrefixOutsideSixteenToTwenty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> synth(
                new RegionalNetworkProps("10.0.0.0/22", TestStacks.ZONES, false, null, null, null)));
        assertThat(e.getMessage()).isEqualTo("cidr must have a prefix from /16 to /20, got 10.0.0.0/22");
    }
}
