package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkStackTest {
    private static final List<String> REGIONS = List.of("eu-west-2", "us-east-1");

    private static Template network(Sizing sizing) {
        var d = TestDeployments.environment(sizing, REGIONS).get(0);
        return Template.fromStack(new NetworkStack(TestDeployments.app(), "net", TestDeployments.props(d), d));
    }

    @Test
    void smallHasOneNatGateway() {
        network(Sizing.SMALL).resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void mediumHasOneNatGatewayPerZone() {
        network(Sizing.MEDIUM).resourceCountIs("AWS::EC2::NatGateway", 3);
    }

    @Test
    void twoZonesGiveTwoNatGatewaysInLarge() {
        var d = TestDeployments.withZones(TestDeployments.environment(Sizing.LARGE, REGIONS).get(0), 2);
        Template template = Template.fromStack(new NetworkStack(TestDeployments.app(), "net", TestDeployments.props(d), d));
        template.resourceCountIs("AWS::EC2::NatGateway", 2);
        template.resourceCountIs("AWS::EC2::Subnet", 6);
    }

    @Test
    void flowLogRetentionFollowsTheSizing() {
        network(Sizing.SMALL).hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 7)));
        network(Sizing.LARGE).hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 30)));
    }

    @Test
    void flowLogsEncryptedWithTheKeyPublishedBySecurity() {
        Template template = network(Sizing.SMALL);
        template.hasParameter("*", Map.of(
                "Type", "AWS::SSM::Parameter::Value<String>", "Default", "/acme/prod/eu-west-2/security/key-arn"));
        template.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of(
                "KmsKeyId", Map.of("Ref", Match.stringLikeRegexp("SsmParameterValueacmeprodeuwest2securitykeyarn.*")))));
    }

    @Test
    void withoutTheSecurityLayerFlowLogsUseCloudWatchLogsEncryption() {
        var d = TestDeployments.withComponents(TestDeployments.environment(Sizing.SMALL, REGIONS).get(0),
                List.of(dev.regionstack.fleet.model.Component.NETWORK));
        Template template = Template.fromStack(new NetworkStack(TestDeployments.app(), "net", TestDeployments.props(d), d));
        template.hasResourceProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("KmsKeyId", Match.absent())));
        assertThat(template.findParameters("*").keySet()).containsExactly("BootstrapVersion");
    }

    @Test
    void publishesVpcIdAndPeeringRouteTables() {
        Template template = network(Sizing.SMALL);
        template.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/prod/eu-west-2/network/vpc-id", "Value", Map.of("Ref", Match.stringLikeRegexp("Vpc.*")))));
        template.hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/prod/eu-west-2/network/peering-route-table-ids",
                "Value", Map.of("Fn::Join", List.of(",", List.of(
                        Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet1RouteTable.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet2RouteTable.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet3RouteTable.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet1RouteTable.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet2RouteTable.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet3RouteTable.*"))))))));
    }

    @Test
    void publishesIsolatedSubnetsForTheDataLayer() {
        network(Sizing.SMALL).hasResourceProperties("AWS::SSM::Parameter", Match.objectLike(Map.of(
                "Name", "/acme/prod/eu-west-2/network/isolated-subnet-ids",
                "Value", Map.of("Fn::Join", List.of(",", List.of(
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet1Subnet.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet2Subnet.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet3Subnet.*"))))))));
    }

    @Test
    void outputsVpcAndSubnetIds() {
        Template template = network(Sizing.SMALL);
        assertThat(template.findOutputs("*").keySet())
                .containsExactlyInAnyOrder("VpcId", "PublicSubnetIds", "PrivateSubnetIds", "IsolatedSubnetIds");
    }
}
